// The cross-article ledger: pure (plain data in, plain data out; no I/O, no clock).
export {
  Ledger, SNAPSHOT_KINDS, buildLedger, emptySnapshot, SnapshotReader, snapshotItem, type FiledArticle, type LedgerOptions, type SnapshotOptions,
} from "./ledger.js";
export { loadRules, type LedgerRules, type RuleOverrides, type MeasureRule } from "./rules.js";
export { figureInterval, intersect, compatible, scaleInterval, widen, showInterval } from "./interval.js";
export { shingleHashes, minhashSignature, estimateJaccard, bandKeys, jaccard } from "./minhash.js";
export { observeArticle, type ArticleFacts } from "./observe.js";
export { deriveTopic, deriveRoles, clusterEvents, printPoint, type TopicResult } from "./derive.js";
export type * from "./types.js";
export { prepareArticle, type PreparedArticle } from "./prepare.js";
export { EVENT_MERGES, type OutputKey, type OutputRow } from "./ledger-tables.js";
