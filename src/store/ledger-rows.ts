// The ledger snapshot as PostgreSQL stores it, one row per item. A single JSON document grows with
// the corpus until no string can hold it (about 1 GB of text at 100,000 articles): per-item rows
// keep every string small and let the snapshot be written and read in pieces. (SQLite keeps the
// ledger's own tables instead: src/ledger/ledger-tables.ts.)
import { SNAPSHOT_KINDS } from "../ledger/index.js";
import type { LedgerSnapshot } from "../ledger/types.js";

export interface LedgerItemRow {
  kind: string;
  seq: number;
  body: string;
}

/** Every item of the snapshot as a row, in the snapshot's order within each kind. */
export function* ledgerRows(snapshot: LedgerSnapshot): Generator<LedgerItemRow> {
  for (const kind of SNAPSHOT_KINDS) {
    const items = snapshot[kind] as unknown[];
    for (let seq = 0; seq < items.length; seq++) yield { kind, seq, body: JSON.stringify(items[seq]) };
  }
}

/**
 * Adds one stored row to a snapshot being read back (rows must come in seq order within a kind).
 * A kind this version does not know is skipped, so a newer ledger still opens.
 */
export function addLedgerRow(snapshot: LedgerSnapshot, row: LedgerItemRow): void {
  if (!(SNAPSHOT_KINDS as readonly string[]).includes(row.kind)) return;
  (snapshot[row.kind as keyof LedgerSnapshot] as unknown[]).push(JSON.parse(row.body));
}
