// `npm run eval`: runs the evaluation tasks against the shared datasets and prints score tables.
import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { formatTable } from "./table.js";
import type { EvalOptions, EvalTable, EvalTask } from "./task.js";

const KNOWN_TASKS = ["claims", "times", "places", "figures", "events", "stance"];

const USAGE = `usage: npm run eval -- [task ...] [--shared PATH] [--errors] [--limit N] [--json FILE]

tasks: ${KNOWN_TASKS.join(", ")} (default: all)
  --shared PATH  folder holding eval/ and data/ (default: ../shared from the current directory)
  --errors       print per-document errors to stderr
  --limit N      score at most N documents per data set
  --json FILE    also write every table as JSON to FILE
  --help         show this help`;

type TaskResult = { task: string; status: "ok"; tables: EvalTable[] } | { task: string; status: "unavailable" | "failed"; error: string };

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        shared: { type: "string" },
        errors: { type: "boolean", default: false },
        limit: { type: "string" },
        json: { type: "string" },
        help: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const unknown = positionals.filter((name) => !KNOWN_TASKS.includes(name));
  if (unknown.length > 0) {
    console.error(`unknown task(s): ${unknown.join(", ")}; known: ${KNOWN_TASKS.join(", ")}`);
    return 2;
  }
  const limit = values.limit === undefined ? null : Number(values.limit);
  if (limit !== null && !(Number.isInteger(limit) && limit > 0)) {
    console.error(`--limit takes a positive whole number, not "${values.limit}"`);
    return 2;
  }
  const shared = resolve(values.shared ?? "../shared");
  if (!existsSync(join(shared, "eval"))) {
    console.error(
      `shared datasets not found: ${join(shared, "eval")} does not exist.\n` +
        `Pass the folder that holds eval/ with --shared PATH, e.g. npm run eval -- --shared /path/to/shared`,
    );
    return 2;
  }

  const options: EvalOptions = { shared, errors: values.errors, limit };
  const results: TaskResult[] = [];
  for (const name of positionals.length > 0 ? positionals : KNOWN_TASKS) {
    const result = await runTask(name, options);
    results.push(result);
    if (result.status === "ok") for (const table of result.tables) console.log(`${formatTable(table)}\n`);
    else console.log(`${name}: ${result.status === "unavailable" ? "not available yet" : "FAILED"} (${result.error})\n`);
  }
  if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2) + "\n");
  return results.some((r) => r.status === "failed") ? 1 : 0;
}

/** Loads eval/<name>.js on demand, so a task whose module isn't written yet doesn't stop the others. */
async function runTask(name: string, options: EvalOptions): Promise<TaskResult> {
  const url = new URL(`./${name}.js`, import.meta.url);
  let task: EvalTask;
  try {
    ({ task } = (await import(url.href)) as { task: EvalTask });
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ERR_MODULE_NOT_FOUND" && String((error as Error).message).includes(fileURLToPath(url));
    if (missing) return { task: name, status: "unavailable", error: `no eval/${name}.ts` };
    return { task: name, status: "failed", error: `loading eval/${name}.ts: ${(error as Error).stack ?? error}` };
  }
  try {
    return { task: name, status: "ok", tables: await task.run(options) };
  } catch (error) {
    return { task: name, status: "failed", error: (error as Error).stack ?? String(error) };
  }
}

process.exitCode = await main();
