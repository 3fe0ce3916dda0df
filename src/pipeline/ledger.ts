// Keeps the cross-article ledger in step with the store: built from what is stored, updated as
// each new article is stored, and persisted as a snapshot that the CLI and the API read.
import { Ledger } from "../ledger/index.js";
import type { Store } from "../store/store.js";
import type { IngestSummary } from "./ingest.js";

const PAGE = 500;

/** A ledger holding every article the store has. */
export async function ledgerFromStore(store: Store): Promise<Ledger> {
  const ledger = new Ledger();
  let after = 0;
  for (;;) {
    const page = await store.storedArticles(after, PAGE);
    for (const stored of page) ledger.add(stored);
    if (page.length < PAGE) break;
    after = page[page.length - 1].articleId;
  }
  return ledger;
}

/** Derives the ledger's current snapshot and persists it. */
export async function saveLedger(store: Store, ledger: Ledger): Promise<void> {
  await store.saveLedger(ledger.snapshot(), ledger.size);
}

/** Saves the snapshot when the batch stored something, or when the store has none yet. */
export async function saveLedgerIfChanged(store: Store, ledger: Ledger, summary: IngestSummary): Promise<boolean> {
  if (summary.stored === 0 && (await store.loadLedger()) !== null) return false;
  await saveLedger(store, ledger);
  return true;
}

/** Rebuilds the ledger from scratch and persists it (crosscheck ledger rebuild). */
export async function rebuildLedger(store: Store): Promise<Ledger> {
  const ledger = await ledgerFromStore(store);
  await saveLedger(store, ledger);
  return ledger;
}
