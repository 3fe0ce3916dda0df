// The MinHash band index in memory: band key -> the articles with that band. Kept in typed arrays
// (12 bytes a slot) because a ledger of 100,000 articles has 3.2 million band entries: as rows of a
// SQLite index they were random inserts that dirtied most of its pages at every commit, and as a
// JS Map they cost ten times the memory. The index is rebuilt from the stored signatures when a
// ledger is opened.

const EMPTY = -1;
const REMOVED = -2;

/** An open-addressing multi-map from band key (a safe integer) to article id, by linear probing. */
export class BandIndex {
  private keys: Float64Array;
  private ids: Int32Array;
  /** Slots holding an entry or a removed marker: what probing walks past. */
  private used = 0;

  constructor(capacity = 1024) {
    let size = 1024;
    while (size < capacity * 2) size *= 2;
    this.keys = new Float64Array(size);
    this.ids = new Int32Array(size).fill(EMPTY);
  }

  private slot(key: number): number {
    // Band keys are the band number above a 32-bit hash: the low bits are already well mixed.
    return (key >>> 0) & (this.ids.length - 1);
  }

  add(key: number, id: number): void {
    if ((this.used + 1) * 4 > this.ids.length * 3) this.grow();
    const mask = this.ids.length - 1;
    let i = this.slot(key);
    while (this.ids[i] !== EMPTY) i = (i + 1) & mask;
    this.keys[i] = key;
    this.ids[i] = id;
    this.used++;
  }

  remove(key: number, id: number): void {
    const mask = this.ids.length - 1;
    for (let i = this.slot(key); this.ids[i] !== EMPTY; i = (i + 1) & mask) {
      if (this.ids[i] === id && this.keys[i] === key) {
        this.ids[i] = REMOVED;
        return;
      }
    }
  }

  /** Adds to `out` every article filed under `key`. */
  collect(key: number, out: Set<number>): void {
    const mask = this.ids.length - 1;
    for (let i = this.slot(key); this.ids[i] !== EMPTY; i = (i + 1) & mask) {
      if (this.ids[i]! >= 0 && this.keys[i] === key) out.add(this.ids[i]!);
    }
  }

  private grow(): void {
    const { keys, ids } = this;
    let live = 0;
    for (let i = 0; i < ids.length; i++) if (ids[i]! >= 0) live++;
    // Removed markers are dropped here; the table doubles only when live entries need the room.
    const size = live * 2 > ids.length ? ids.length * 2 : ids.length;
    this.keys = new Float64Array(size);
    this.ids = new Int32Array(size).fill(EMPTY);
    this.used = 0;
    for (let i = 0; i < ids.length; i++) if (ids[i]! >= 0) this.add(keys[i]!, ids[i]!);
  }
}
