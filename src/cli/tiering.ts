// How soon V8 optimises a function, set once for the whole process (worker threads included) by
// the programs that extract in bulk: the CLI and the benchmarks.
//
// The layers are large functions with many rarely taken branches. With V8's default budget a
// function is optimised after a few articles, on type feedback that has not yet seen those
// branches; each one met later throws the optimised code away and compiles it again. On 10,000
// fresh articles that compilation took a third of all CPU time (background threads 1.29 ms an
// article beside 3.3 ms of extracting and storing). Four times the budget lets the feedback
// settle first: background compilation 0.59-0.80 ms an article, ingest 1+1 of 10,000 articles
// 308/391 -> 382/453 articles/s (two runs each), and steady-state extraction no slower.
import { setFlagsFromString } from "node:v8";

/** V8's interrupt budget (bytes of bytecode run between tier-up checks): four times Node 20's default. */
const INTERRUPT_BUDGET = 4 * 67_584;

export function useBulkTiering(): void {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
