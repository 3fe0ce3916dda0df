// The server's copy of the ledger's lean output, remembering which derivation key each item came
// from, so that an ingest patches the keys it re-derived instead of reading every item again (on
// a large ledger the whole output is hundreds of megabytes of JSON).
import { SNAPSHOT_KINDS, emptySnapshot, snapshotItem, type Ledger, type OutputKey, type OutputRow } from "../ledger/index.js";
import type { LedgerSnapshot } from "../ledger/types.js";

/** An item as the snapshot lists it, with what orders it there. */
interface Entry {
  kind: string;
  sort: string;
  item: unknown;
}

const LEAN = { lean: true } as const;
const KINDS = new Set<string>(SNAPSHOT_KINDS);

/** A derivation key as one string, to look its items up by. */
export const keyOf = (k: OutputKey): string => `${k.src}\u0000${k.key}`;

export class KeyedSnapshot {
  private readonly lists = new Map<string, Entry[]>(SNAPSHOT_KINDS.map((k) => [k, []]));
  private readonly byKey = new Map<string, Entry[]>();

  /** The ledger's whole lean output, keyed. */
  static read(ledger: Ledger): KeyedSnapshot {
    const view = new KeyedSnapshot();
    for (const row of ledger.keyedOutput(LEAN)) {
      const entry = view.entryOf(row);
      if (!entry) continue;
      view.lists.get(entry.kind)!.push(entry);
      view.entriesOf(keyOf(row)).push(entry);
    }
    return view;
  }

  /** Replaces the items of `keys` by what the ledger derives for them now. */
  patch(ledger: Ledger, keys: Iterable<OutputKey>): void {
    const removed = new Set<Entry>();
    const added = new Map<string, Entry[]>();
    for (const k of keys) {
      const id = keyOf(k);
      for (const old of this.byKey.get(id) ?? []) removed.add(old);
      this.byKey.delete(id);
      for (const row of ledger.outputOf(k)) {
        const entry = this.entryOf(row);
        if (!entry) continue;
        this.entriesOf(id).push(entry);
        const list = added.get(entry.kind);
        if (list) list.push(entry);
        else added.set(entry.kind, [entry]);
      }
    }
    const touched = new Set([...[...removed].map((e) => e.kind), ...added.keys()]);
    for (const kind of touched) {
      const kept = removed.size > 0 ? this.lists.get(kind)!.filter((e) => !removed.has(e)) : this.lists.get(kind)!;
      this.lists.set(kind, mergeSorted(kept, (added.get(kind) ?? []).sort(compareEntries)));
    }
  }

  /** The items as a lean snapshot lists them. */
  snapshot(): LedgerSnapshot {
    const snapshot = emptySnapshot() as unknown as Record<string, unknown[]>;
    for (const [kind, list] of this.lists) snapshot[kind] = list.map((e) => e.item);
    return snapshot as unknown as LedgerSnapshot;
  }

  private entryOf(row: OutputRow): Entry | null {
    // Merge records and kinds this version does not know stay out, as in a lean snapshot.
    if (!KINDS.has(row.kind)) return null;
    return { kind: row.kind, sort: row.sort, item: snapshotItem(row.kind, row.body, LEAN) };
  }

  private entriesOf(id: string): Entry[] {
    let list = this.byKey.get(id);
    if (!list) this.byKey.set(id, (list = []));
    return list;
  }
}

/**
 * The ledger's order: (kind, sort, body). Sort keys are ids, compared here by UTF-16 code unit where
 * SQLite compares UTF-8 bytes; the two differ only for characters beyond U+FFFF against U+E000-U+FFFF.
 * Items of one sort are rare and compare by their JSON.
 */
function compareEntries(a: Entry, b: Entry): number {
  if (a.sort !== b.sort) return a.sort < b.sort ? -1 : 1;
  const x = JSON.stringify(a.item);
  const y = JSON.stringify(b.item);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Two lists in order, as one: a patch adds a few items to a long list, so no full sort. */
function mergeSorted(a: Entry[], b: Entry[]): Entry[] {
  if (b.length === 0) return a;
  const out: Entry[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compareEntries(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}
