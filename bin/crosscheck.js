#!/usr/bin/env node
// Entry point of the `crosscheck` command; the CLI itself is compiled to dist/ by `npm run build`.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const main = new URL("../dist/src/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write("crosscheck: not built yet; run `npm ci` (or `npm run build`) in the repository first\n");
  process.exit(2);
}
// Before any extraction runs: see src/cli/tiering.ts.
const { useBulkTiering } = await import(new URL("../dist/src/cli/tiering.js", import.meta.url).href);
useBulkTiering();
const { run } = await import(main.href);
process.exitCode = await run(process.argv);
