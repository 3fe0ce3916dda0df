// Keeps the cross-article ledger in step with the store: opened over what is stored, updated as
// each new batch of articles is stored, and persisted for the CLI and the API to read.
import type { Ledger } from "../ledger/index.js";
import type { LedgerSnapshot } from "../ledger/types.js";
import type { Store } from "../store/store.js";
import type { IngestSummary } from "./ingest.js";

/** Saves the ledger when the batch stored something, or when the store has saved none yet. */
export async function saveLedgerIfChanged(store: Store, ledger: Ledger, summary: IngestSummary): Promise<boolean> {
  if (summary.stored === 0 && (await store.ledgerInfo()) !== null) return false;
  await store.saveLedger(ledger);
  return true;
}

/** Files the stored articles the ledger lacks and persists it (a queue worker, after storing). */
export async function updateLedger(store: Store): Promise<void> {
  const ledger = await store.openLedger();
  try {
    await store.saveLedger(ledger);
  } finally {
    ledger.close();
  }
}

/** Derives the ledger afresh from every stored article and persists it (crosscheck ledger rebuild). */
export async function rebuildLedger(store: Store): Promise<{ snapshot: LedgerSnapshot; articles: number }> {
  const ledger = await store.openLedger({ rebuild: true });
  try {
    await store.saveLedger(ledger);
    return { snapshot: ledger.snapshot(), articles: ledger.size };
  } finally {
    ledger.close();
  }
}
