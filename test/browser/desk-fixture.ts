// What every browser test needs: a ledger built from examples/ in a temp folder, the server on a
// random loopback port, and headless Chromium with the flags this closed network requires.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { readInputs } from "../../src/input/read.js";
import { ingestItems } from "../../src/pipeline/ingest.js";
import { defaultResources } from "../../src/resources/index.js";
import { repoPath } from "../../src/resources/paths.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/store.js";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const OUTPUT = repoPath("test/output");

export interface Desk {
  store: Store;
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

/** A desk over examples/ and, after them, the article files or folders in `extra`. */
export async function startDesk(label: string, extra: string[] = []): Promise<Desk> {
  assert.ok(existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  assert.ok(existsSync(repoPath("web/dist/app.js")), "web/dist/app.js is missing: build the web UI first with `npx tsc -p web/tsconfig.json`");
  const dir = await mkdtemp(join(tmpdir(), `crosscheck-${label}-`));
  const store = await openStore(join(dir, "ledger.db"));
  const summary = await ingestItems(readInputs([repoPath("examples"), ...extra], { today: "2099-12-31" }), store, defaultResources());
  assert.ok(summary.stored > 0, "examples/ produced no articles");
  const server = await startServer({ store, resources: defaultResources(), port: 0, host: "127.0.0.1" });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  await mkdir(OUTPUT, { recursive: true });
  return {
    store,
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
