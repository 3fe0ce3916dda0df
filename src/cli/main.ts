// The `crosscheck` command: a thin shell over the core, the pipeline and the store.
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { extractArticle } from "../core/extract.js";
import { CLAIM_KINDS } from "../core/types.js";
import { isCalendarDate } from "../input/article-fields.js";
import { isKnownEncoding } from "../input/decode.js";
import { listFiles, readInputs, type ReadOptions } from "../input/read.js";
import { availableParallelism } from "node:os";
import { ingestBatch } from "../pipeline/batch.js";
import type { IngestSummary } from "../pipeline/ingest.js";
import { registerGazetteerCommands } from "./gazetteer-commands.js";
import { registerLedgerCommands } from "./ledger-commands.js";
import { addQueueIngestOptions, registerQueueCommands, runQueuedIngest, type QueueIngestOptions } from "./queue-commands.js";
import { wholeNumber, withStore, type Io } from "./shared.js";
import { loadResources } from "../resources/index.js";
import { repoPath } from "../resources/paths.js";
import { startServer } from "../server/index.js";
import { DEFAULT_DB } from "../store/open.js";
import { StoreError, type ClaimRow, type EventRow, type ListFilter, type SearchHit, type Store } from "../store/store.js";
import { createProgress, formatSeconds } from "./progress.js";
import { renderTable } from "./table.js";

export const DEFAULT_PORT = 7300;
export const DEFAULT_HOST = "127.0.0.1";

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function dateOption(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError("expected a date YYYY-MM-DD");
  return value;
}

const positiveInt = wholeNumber(0);

function portOption(value: string): number {
  const n = positiveInt(value);
  if (n > 65535) throw new InvalidArgumentError("expected a port number from 0 to 65535");
  return n;
}

const dbOption = (): Option => new Option("--db <file|url>", "ledger: a SQLite file or a postgres:// URL").default(DEFAULT_DB);
const threadsOption = (): Option =>
  new Option("--threads <n>", "worker threads that extract while this thread stores (0: extract here too)").argParser(positiveInt).default(Math.max(0, availableParallelism() - 1));
const actorsOption = (): Option => new Option("--actors <file...>", "extra actors file(s), merged over the built-in list");

/** How to read inputs: feeds or pages to fetch, a date for pages without one, a legacy encoding. */
interface InputCliOptions {
  fetch?: string[];
  date?: string;
  encoding?: string;
}

function encodingOption(value: string): string {
  if (!isKnownEncoding(value)) throw new InvalidArgumentError("unknown character encoding (try utf-8, windows-1251, windows-1252, koi8-r, utf-16le)");
  return value;
}

const inputOptions = (): Option[] => [
  // Repeatable rather than variadic, so that `--fetch URL folder/` still reads folder/ as a path.
  new Option("--fetch <url>", "also read a feed or page fetched over http(s) (10 s timeout, 10 MB limit); repeatable").argParser((url: string, previous: string[] = []) => [...previous, url]),
  new Option("--date <date>", "publication date for HTML pages and feed items whose metadata gives none (YYYY-MM-DD)").argParser(dateOption),
  new Option("--encoding <name>", "character encoding of inputs without a byte order mark, e.g. windows-1251, koi8-r, latin1").argParser(encodingOption),
];

function readOptions(options: InputCliOptions): ReadOptions {
  return { today: today(), urls: options.fetch, date: options.date, encoding: options.encoding };
}

/** True (after saying what is missing) when neither a path nor --fetch was given. */
function noInputs(io: Io, paths: string[], options: InputCliOptions, setExit: (code: number) => void): boolean {
  if (paths.length > 0 || (options.fetch?.length ?? 0) > 0) return false;
  io.err.write("crosscheck: give files, folders or - to read, or --fetch URL\n");
  setExit(2);
  return true;
}

function printSummary(io: Io, summary: IngestSummary, seconds: number): void {
  const rate = summary.read / Math.max(seconds, 1e-3);
  io.err.write(`${summary.stored} stored, ${summary.duplicates} already in the ledger, ${summary.failed} failed, of ${summary.read} read in ${formatSeconds(seconds)} (${rate.toFixed(0)} articles/s)\n`);
}

async function runIngest(io: Io, paths: string[], store: Store, actorFiles: string[] | undefined, threads = 1, input: InputCliOptions = {}): Promise<IngestSummary> {
  const { files } = await listFiles(paths);
  const progress = createProgress(io.err, "ingest");
  const filesSeen = new Set<string>();
  const started = performance.now();
  const sources = files.length + (input.fetch?.length ?? 0);
  // Worker threads extract while this thread stores and updates the ledger.
  const summary = await ingestBatch(readInputs(paths, readOptions(input)), store, {
    actorFiles,
    threads,
    hooks: {
      onItem(s, where) {
        filesSeen.add(where.replace(/(:\d+| item \d+)$/, ""));
        progress.update(s.read, sources > 0 ? filesSeen.size / sources : null);
      },
      onError(error) {
        progress.finish();
        io.err.write(`${error.where}: ${error.message}\n`);
      },
    },
  });
  progress.finish();
  printSummary(io, summary, (performance.now() - started) / 1000);
  return summary;
}

interface ListOptions {
  source?: string;
  since?: string;
  until?: string;
  limit?: number;
  article?: number;
  kind?: string;
  side?: string;
  place?: string;
  type?: string;
}

function filterFrom(options: ListOptions): ListFilter {
  return {
    source: options.source, since: options.since, until: options.until, limit: options.limit, article: options.article, claimKind: options.kind,
    side: options.side?.toUpperCase(), place: options.place, type: options.type,
  };
}

function sourceLabel(c: ClaimRow): string {
  const who = c.source.actor ?? (c.source.unnamed ? `${c.source.unnamed} (unnamed)` : c.source.text);
  return c.source.affiliation ? `${who} [${c.source.affiliation}]` : who;
}

function printClaims(io: Io, claims: ClaimRow[], json: boolean): void {
  if (json) {
    for (const c of claims) io.out.write(`${JSON.stringify(c)}\n`);
    return;
  }
  io.out.write(`${renderTable(claims, [
    { title: "id", value: (c) => String(c.id) },
    { title: "said", value: (c) => c.time },
    { title: "source", value: sourceLabel, max: 32 },
    { title: "cue", value: (c) => c.cue.text, max: 16 },
    { title: "kind", value: (c) => c.kind ?? "" },
    { title: "content", value: (c) => c.content.text, max: 70 },
    { title: "hedges", value: (c) => c.hedges.join(","), max: 20 },
    { title: "outlet", value: (c) => c.article_source ?? "", max: 20 },
    { title: "article", value: (c) => `${c.article_id} ${c.article_date}` },
  ])}\n${claims.length} claims\n`);
}

function printEvents(io: Io, events: EventRow[], json: boolean): void {
  if (json) {
    for (const e of events) io.out.write(`${JSON.stringify(e)}\n`);
    return;
  }
  io.out.write(`${renderTable(events, [
    { title: "id", value: (e) => String(e.id) },
    { title: "when", value: (e) => e.time ?? e.article_date },
    { title: "type", value: (e) => (e.mode ? `${e.type}/${e.mode}` : e.type), max: 28 },
    { title: "trigger", value: (e) => e.trigger.text, max: 18 },
    { title: "actor", value: (e) => e.actor ?? "", max: 24 },
    { title: "target", value: (e) => e.target ?? "", max: 28 },
    { title: "place", value: (e) => e.place ?? "", max: 20 },
    { title: "claim", value: (e) => e.claim_local_id ?? "(outlet)" },
    { title: "article", value: (e) => `${e.article_id} ${e.article_source ?? ""}`, max: 24 },
  ])}\n${events.length} events\n`);
}

function printHits(io: Io, hits: SearchHit[], json: boolean): void {
  if (json) {
    for (const h of hits) io.out.write(`${JSON.stringify(h)}\n`);
    return;
  }
  io.out.write(`${renderTable(hits, [
    { title: "kind", value: (h) => h.kind },
    { title: "article", value: (h) => String(h.article_id) },
    { title: "claim", value: (h) => (h.claim_id === null ? "" : String(h.claim_id)) },
    { title: "date", value: (h) => h.date },
    { title: "outlet", value: (h) => h.source ?? "", max: 20 },
    { title: "match", value: (h) => h.snippet, max: 90 },
  ])}\n${hits.length} matches\n`);
}


async function serveUntilStopped(io: Io, store: Store, options: { port: number; host: string; token?: string; actors?: string[] }): Promise<void> {
  const resources = loadResources({ actorFiles: options.actors, places: await store.importedPlaces() });
  const server = await startServer({ store, resources, port: options.port, host: options.host, token: options.token });
  io.out.write(`Crosscheck is serving the ledger at ${server.url}  (Ctrl+C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      void server.close().then(resolve);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command("crosscheck")
    .description("Turn dated conflict-news articles into a sourced ledger of claims, events, places, times and figures.")
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ writeOut: (s) => io.out.write(s), writeErr: (s) => io.err.write(s) })
    .exitOverride();

  const extract = program.command("extract")
    .description("print one extraction per article as JSON Lines (schema 1); '-' reads standard input")
    .argument("[paths...]", "dateline text, JSON Lines, JSON, HTML, RSS/Atom files (.gz too), folders, or -")
    .addOption(actorsOption())
    .addOption(new Option("--db <file>", "also resolve the places imported into this ledger (crosscheck gazetteer import)"));
  for (const option of inputOptions()) extract.addOption(option);
  extract
    .action(async (paths: string[], options: { actors?: string[]; db?: string } & InputCliOptions) => {
      if (noInputs(io, paths, options, setExit)) return;
      const places = options.db ? await withStore(options.db, (store) => store.importedPlaces()) : [];
      const resources = loadResources({ actorFiles: options.actors, places });
      let failed = 0;
      for await (const item of readInputs(paths, readOptions(options))) {
        if ("error" in item) {
          failed++;
          io.err.write(`${item.error.message}\n`);
          continue;
        }
        io.out.write(`${JSON.stringify(extractArticle(item.article, resources))}\n`);
      }
      if (failed > 0) setExit(1);
    });

  const ingest = program.command("ingest")
    .description("extract and store articles in the ledger (idempotent: the same article twice is stored once)")
    .argument("[paths...]", "dateline text, JSON Lines, JSON, HTML, RSS/Atom files (.gz too), folders, or -")
    .addOption(dbOption())
    .addOption(actorsOption())
    .addOption(threadsOption());
  for (const option of inputOptions()) ingest.addOption(option);
  ingest
    .action(async (paths: string[], options: { db: string; actors?: string[]; threads: number } & QueueIngestOptions & InputCliOptions) => {
      if (noInputs(io, paths, options, setExit)) return;
      if (options.queue) return setExit(await runQueuedIngest(io, paths, options));
      const summary = await withStore(options.db, (store) => runIngest(io, paths, store, options.actors, options.threads, options));
      if (summary.failed > 0) setExit(1);
    });

  const listCommand = (name: string, description: string) =>
    program.command(name)
      .description(description)
      .option("--source <name>", "only this source (actor, unnamed kind such as 'official', or outlet)")
      .option("--since <date>", "on or after this date (YYYY-MM-DD)", dateOption)
      .option("--until <date>", "on or before this date (YYYY-MM-DD)", dateOption)
      .option("--article <id>", "only this article", positiveInt)
      .option("--side <side>", "only this side: a country code ('UA') or an armed group's ('RSF'); for events, the side of the claim reporting it")
      .option("--place <name>", "only items at or naming this place ('Kursk Oblast')")
      .option("--limit <n>", "at most this many rows (default 100, max 1000)", positiveInt)
      .option("--json", "JSON Lines instead of a table")
      .addOption(dbOption());

  listCommand("claims", "list claims: who said what, when (filters by claim date)")
    .addOption(new Option("--kind <kind>", "only claims reporting this").choices(CLAIM_KINDS))
    .action(async (options: { db: string; json?: boolean } & ListOptions) => {
      const claims = await withStore(options.db, (store) => store.listClaims(filterFrom(options)));
      printClaims(io, claims, Boolean(options.json));
    });

  listCommand("events", "list events: who did what to whom, where, when (filters by event date)")
    .option("--type <type>", "only this event type ('ASSAULT') or type/mode ('ASSAULT/drone')")
    .action(async (options: { db: string; json?: boolean } & ListOptions) => {
      const events = await withStore(options.db, (store) => store.listEvents(filterFrom(options)));
      printEvents(io, events, Boolean(options.json));
    });

  program.command("search")
    .description("full-text search over article text and claims")
    .argument("<words>", "words to find (all must match)")
    .option("--limit <n>", "at most this many matches", positiveInt, 20)
    .option("--json", "JSON Lines instead of a table")
    .addOption(dbOption())
    .action(async (words: string, options: { db: string; limit: number; json?: boolean }) => {
      const hits = await withStore(options.db, (store) => store.search(words, options.limit));
      printHits(io, hits, Boolean(options.json));
    });

  registerLedgerCommands(program, io, dbOption);
  registerGazetteerCommands(program, io, dbOption, setExit);
  addQueueIngestOptions(ingest);
  registerQueueCommands(program, io, dbOption);

  const serveOptions = (command: Command): Command =>
    command
      .addOption(dbOption())
      .addOption(new Option("--port <n>", "port to listen on").argParser(portOption).default(DEFAULT_PORT))
      .addOption(new Option("--host <address>", "address to bind; anything but loopback needs --token").default(DEFAULT_HOST))
      .addOption(new Option("--token <secret>", "require 'Authorization: Bearer <secret>' on the API").env("CROSSCHECK_TOKEN"))
      .addOption(actorsOption());

  serveOptions(program.command("serve").description("serve the web UI and JSON API over the ledger"))
    .action(async (options: { db: string; port: number; host: string; token?: string; actors?: string[] }) => {
      await withStore(options.db, (store) => serveUntilStopped(io, store, options));
    });

  serveOptions(program.command("start").description("ingest the bundled examples into the ledger, then serve it (the quick start)"))
    .action(async (options: { db: string; port: number; host: string; token?: string; actors?: string[] }) => {
      await withStore(options.db, async (store) => {
        await runIngest(io, [repoPath("examples")], store, options.actors);
        await serveUntilStopped(io, store, options);
      });
    });

  return program;
}

/** Runs the CLI; returns the exit code. */
export async function run(argv: string[], io: Io = { out: process.stdout, err: process.stderr }): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    // Mistakes the user can fix are one line, with no stack trace.
    if (error instanceof StoreError || (error as NodeJS.ErrnoException).code === "EADDRINUSE" || (error as Error).name === "ServerConfigError") {
      io.err.write(`crosscheck: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}
