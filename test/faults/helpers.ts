// Shared by the fault tests: the CLI as real child processes, polling, and ledger fingerprints.
import { spawn, type ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { repo } from "../helpers.js";

const BIN = repo("bin/crosscheck.js");

export interface Running {
  child: ChildProcess;
  /** Everything the process wrote to stderr so far. */
  stderr(): string;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
}

export function startCli(args: string[]): Running {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: repo("."), stdio: ["ignore", "pipe", "pipe"] });
  let err = "";
  child.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString()));
  child.stdout!.resume();
  const exited = new Promise<number | string>((resolve) => child.on("exit", (code, signal) => resolve(code ?? signal ?? -1)));
  return { child, stderr: () => err, exited };
}

export async function runCli(args: string[]): Promise<{ code: number | string; stderr: string }> {
  const running = startCli(args);
  const code = await running.exited;
  return { code, stderr: running.stderr() };
}

/** Polls `check` until it returns true; fails with `what` after `timeoutMs`. */
export async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number, everyMs = 200): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** A client that survives the server going away: each query connects anew. */
export async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** Each stored article as "hash claims events places", sorted: equal lists mean equal ledgers. */
export async function fingerprint(url: string): Promise<string[]> {
  const rows = await query<{ line: string }>(url, `SELECT a.hash || ' ' ||
      (SELECT count(*) FROM claims c WHERE c.article_id = a.id) || ' ' ||
      (SELECT count(*) FROM events e WHERE e.article_id = a.id) || ' ' ||
      (SELECT count(*) FROM places p WHERE p.article_id = a.id) AS line
    FROM articles a ORDER BY a.hash`);
  return rows.map((r) => r.line);
}

export async function articleCounts(url: string): Promise<{ rows: number; hashes: number }> {
  const [r] = await query<{ rows: number; hashes: number }>(url, "SELECT count(*)::int AS rows, count(DISTINCT hash)::int AS hashes FROM articles");
  return r;
}

/** Jobs not yet done: waiting, retrying or running. */
export async function unfinishedJobs(url: string): Promise<number> {
  const [r] = await query<{ n: number }>(url, "SELECT count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active')");
  return r.n;
}
