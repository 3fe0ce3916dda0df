// The ledger snapshot as one stored row per item. A single JSON document grows with the corpus
// until no string can hold it (about 1 GB of text at 100,000 articles): per-item rows keep every
// string small and let both engines write and read the snapshot in pieces.
import type { LedgerSnapshot } from "../ledger/types.js";

export type LedgerKind = keyof LedgerSnapshot;

export const LEDGER_KINDS: readonly LedgerKind[] = [
  "observations", "propositions", "series", "roleAssertions", "disputes", "corroborations", "verdicts", "wireGroups", "eventClusters",
];

export interface LedgerItemRow {
  kind: string;
  seq: number;
  body: string;
}

/** Every item of the snapshot as a row, in the snapshot's order within each kind. */
export function* ledgerRows(snapshot: LedgerSnapshot): Generator<LedgerItemRow> {
  for (const kind of LEDGER_KINDS) {
    const items = snapshot[kind] as unknown[];
    for (let seq = 0; seq < items.length; seq++) yield { kind, seq, body: JSON.stringify(items[seq]) };
  }
}

/** An empty snapshot to fill from rows. */
export function emptySnapshot(): LedgerSnapshot {
  return Object.fromEntries(LEDGER_KINDS.map((k) => [k, []])) as unknown as LedgerSnapshot;
}

/**
 * Adds one stored row to a snapshot being read back (rows must come in seq order within a kind).
 * A kind this version does not know is skipped, so a newer ledger still opens.
 */
export function addLedgerRow(snapshot: LedgerSnapshot, row: LedgerItemRow): void {
  if (!(LEDGER_KINDS as readonly string[]).includes(row.kind)) return;
  (snapshot[row.kind as LedgerKind] as unknown[]).push(JSON.parse(row.body));
}
