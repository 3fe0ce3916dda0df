// A gazetteer compiled to one binary buffer (built once by scripts/build-gazetteer.ts into dist/),
// so that a process pays a file read instead of building ~140k records and a ~300k-key Map:
// fixed-width columns in typed arrays, every string in one UTF-16 blob, and the name index as an
// open-addressing hash table over the keys. Decoding only makes views over the buffer; candidate
// lists are materialised on first look-up and cached, so a name always yields the same array (the
// resolver groups mentions by that identity). Pure: bytes in, bytes out; the loader does the I/O.
//
// Layout (little-endian): "CXGZ" | u32 format | u32 header bytes | header JSON (UTF-8) | padding to
// 8 | sections in the order and sizes the header lists, each padded to 8.
import { createGazetteer, KINDS, type Gazetteer, type GazetteerRecord, type GazetteerSnapshot, type IndexedGazetteer, type PlaceKind, type PlaceLexicon } from "./gazetteer.js";

const MAGIC = 0x5a475843; // "CXGZ"
export const COMPILED_FORMAT = 1;
const COORD_SCALE = 1e5;
const RANK_SCALE = 4;

interface Header {
  fingerprint: string;
  records: number;
  keys: number;
  slots: number;
  postings: number;
  blobChars: number;
  countryCodes: string[];
  admin1Names: string[];
  adjectives: [string, number[]][];
  sections: [string, number][];
}

/** FNV-1a over UTF-16 code units (the same at build and at run time). */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function encodeGazetteer(snapshot: GazetteerSnapshot, fingerprint: string): Uint8Array {
  const n = snapshot.names.length;
  const strings: string[] = [];
  let blobChars = 0;
  const addString = (s: string): number => {
    const at = blobChars;
    strings.push(s);
    blobChars += s.length;
    return at;
  };
  const countryCodes: string[] = [];
  const countryIndex = new Map<string, number>();
  const admin1Names: string[] = [];
  const admin1Index = new Map<string, number>();
  const lat = new Int32Array(n), lon = new Int32Array(n), gid = new Int32Array(n), pop = new Float64Array(n);
  const kind = new Uint8Array(n), rank = new Int8Array(n), country = new Uint16Array(n), admin1 = new Int32Array(n);
  const nameOff = new Uint32Array(n), nameLen = new Uint16Array(n);
  for (let id = 0; id < n; id++) {
    lat[id] = Math.round(snapshot.lats[id] * COORD_SCALE);
    lon[id] = Math.round(snapshot.lons[id] * COORD_SCALE);
    gid[id] = snapshot.geonameids[id];
    pop[id] = snapshot.pops[id];
    kind[id] = snapshot.kinds[id];
    rank[id] = Math.round(snapshot.ranks[id] * RANK_SCALE);
    const c = snapshot.countries[id];
    if (!countryIndex.has(c)) {
      countryIndex.set(c, countryCodes.length);
      countryCodes.push(c);
    }
    country[id] = countryIndex.get(c)!;
    const a = snapshot.admins[id];
    if (a === null) admin1[id] = -1;
    else {
      if (!admin1Index.has(a)) {
        admin1Index.set(a, admin1Names.length);
        admin1Names.push(a);
      }
      admin1[id] = admin1Index.get(a)!;
    }
    nameOff[id] = addString(snapshot.names[id]);
    nameLen[id] = snapshot.names[id].length;
  }

  // Keys: every indexed name, plus first tokens of multi-word names that are no name themselves.
  const keyList: string[] = [...snapshot.byName.keys()];
  for (const first of snapshot.longest.keys()) if (!snapshot.byName.has(first)) keyList.push(first);
  const k = keyList.length;
  const keyOff = new Uint32Array(k), keyLen = new Uint16Array(k), postStart = new Uint32Array(k), postCount = new Uint32Array(k), maxTok = new Uint8Array(k);
  let postingsTotal = 0;
  for (const ids of snapshot.byName.values()) postingsTotal += ids.length;
  const postings = new Int32Array(postingsTotal);
  let slots = 1;
  while (slots < k * 2) slots <<= 1;
  const table = new Int32Array(slots).fill(-1);
  let p = 0;
  for (let ki = 0; ki < k; ki++) {
    const key = keyList[ki];
    keyOff[ki] = addString(key);
    keyLen[ki] = key.length;
    const ids = snapshot.byName.get(key) ?? [];
    postStart[ki] = p;
    postCount[ki] = ids.length;
    for (const id of ids) postings[p++] = id;
    maxTok[ki] = snapshot.longest.get(key) ?? (ids.length > 0 ? 1 : 0);
    let slot = hash(key) & (slots - 1);
    while (table[slot] >= 0) slot = (slot + 1) & (slots - 1);
    table[slot] = ki;
  }

  const blob = new Uint16Array(blobChars);
  let at = 0;
  for (const s of strings) for (let i = 0; i < s.length; i++) blob[at++] = s.charCodeAt(i);

  const sections: [string, ArrayBufferView][] = [
    ["pop", pop], ["lat", lat], ["lon", lon], ["gid", gid], ["admin1", admin1], ["nameOff", nameOff],
    ["keyOff", keyOff], ["postStart", postStart], ["postCount", postCount], ["table", table], ["postings", postings],
    ["country", country], ["nameLen", nameLen], ["keyLen", keyLen], ["blob", blob],
    ["kind", kind], ["rank", rank], ["maxTok", maxTok],
  ];
  const header: Header = {
    fingerprint, records: n, keys: k, slots, postings: postingsTotal, blobChars, countryCodes, admin1Names,
    adjectives: [...snapshot.byAdjective].map(([key, ids]) => [key, [...ids]]),
    sections: sections.map(([name, view]) => [name, view.byteLength]),
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const pad = (x: number): number => (x + 7) & ~7;
  let size = pad(12 + headerBytes.length);
  for (const [, view] of sections) size += pad(view.byteLength);
  const out = new Uint8Array(size);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, MAGIC, true);
  dv.setUint32(4, COMPILED_FORMAT, true);
  dv.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  let offset = pad(12 + headerBytes.length);
  for (const [, view] of sections) {
    out.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength), offset);
    offset += pad(view.byteLength);
  }
  return out;
}

/** The fingerprint stored in a compiled buffer, or null when the buffer is not one (or another format). */
export function compiledFingerprint(bytes: Uint8Array): string | null {
  const header = readHeader(bytes);
  return header?.fingerprint ?? null;
}

function readHeader(bytes: Uint8Array): Header | null {
  if (bytes.byteLength < 12) return null;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (dv.getUint32(0, true) !== MAGIC || dv.getUint32(4, true) !== COMPILED_FORMAT) return null;
  const length = dv.getUint32(8, true);
  return JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + length))) as Header;
}

/** A gazetteer over a compiled buffer. The buffer must start at an 8-byte aligned offset. */
export function decodeGazetteer(bytes: Uint8Array, lexicon: PlaceLexicon): Gazetteer {
  const header = readHeader(bytes);
  if (header === null) throw new Error("not a compiled gazetteer of format " + COMPILED_FORMAT);
  if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice();
  const views = new Map<string, [number, number]>();
  let offset = (12 + new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, true) + 7) & ~7;
  for (const [name, length] of header.sections) {
    views.set(name, [bytes.byteOffset + offset, length]);
    offset += (length + 7) & ~7;
  }
  return new CompiledGazetteer(bytes.buffer as ArrayBuffer, views, header, lexicon);
}

class CompiledGazetteer implements Gazetteer {
  private readonly n: number;
  private readonly pop: Float64Array;
  private readonly latC: Int32Array;
  private readonly lonC: Int32Array;
  private readonly gid: Int32Array;
  private readonly admin1C: Int32Array;
  private readonly nameOff: Uint32Array;
  private readonly keyOff: Uint32Array;
  private readonly postStart: Uint32Array;
  private readonly postCount: Uint32Array;
  private readonly table: Int32Array;
  private readonly postings: Int32Array;
  private readonly countryC: Uint16Array;
  private readonly nameLen: Uint16Array;
  private readonly keyLen: Uint16Array;
  private readonly kindC: Uint8Array;
  private readonly rankC: Int8Array;
  private readonly maxTok: Uint8Array;
  private readonly blob: string;
  private readonly mask: number;
  private readonly countryCodes: string[];
  private readonly admin1Names: string[];
  private readonly byAdjective: Map<string, number[]>;
  /** First tokens of the compiled multi-token adjective keys (added records' are the extra gazetteer's). */
  private readonly adjectiveHeads: Set<string>;
  /** Candidate lists already materialised, by key index (or by key, once records were added). */
  private readonly cache = new Map<number, readonly number[]>();
  private extra: IndexedGazetteer | null = null;
  private readonly merged = new Map<string, readonly number[] | undefined>();

  constructor(buffer: ArrayBuffer, views: Map<string, [number, number]>, header: Header, readonly lexicon: PlaceLexicon) {
    const view = <T>(name: string, make: (b: ArrayBuffer, o: number, l: number) => T, width: number): T => {
      const [o, bytes] = views.get(name)!;
      return make(buffer, o, bytes / width);
    };
    this.n = header.records;
    this.pop = view("pop", (b, o, l) => new Float64Array(b, o, l), 8);
    this.latC = view("lat", (b, o, l) => new Int32Array(b, o, l), 4);
    this.lonC = view("lon", (b, o, l) => new Int32Array(b, o, l), 4);
    this.gid = view("gid", (b, o, l) => new Int32Array(b, o, l), 4);
    this.admin1C = view("admin1", (b, o, l) => new Int32Array(b, o, l), 4);
    this.nameOff = view("nameOff", (b, o, l) => new Uint32Array(b, o, l), 4);
    this.keyOff = view("keyOff", (b, o, l) => new Uint32Array(b, o, l), 4);
    this.postStart = view("postStart", (b, o, l) => new Uint32Array(b, o, l), 4);
    this.postCount = view("postCount", (b, o, l) => new Uint32Array(b, o, l), 4);
    this.table = view("table", (b, o, l) => new Int32Array(b, o, l), 4);
    this.postings = view("postings", (b, o, l) => new Int32Array(b, o, l), 4);
    this.countryC = view("country", (b, o, l) => new Uint16Array(b, o, l), 2);
    this.nameLen = view("nameLen", (b, o, l) => new Uint16Array(b, o, l), 2);
    this.keyLen = view("keyLen", (b, o, l) => new Uint16Array(b, o, l), 2);
    this.kindC = view("kind", (b, o, l) => new Uint8Array(b, o, l), 1);
    this.rankC = view("rank", (b, o, l) => new Int8Array(b, o, l), 1);
    this.maxTok = view("maxTok", (b, o, l) => new Uint8Array(b, o, l), 1);
    const [blobAt, blobBytes] = views.get("blob")!;
    this.blob = new TextDecoder("utf-16le").decode(new Uint8Array(buffer, blobAt, blobBytes));
    this.mask = header.slots - 1;
    this.countryCodes = header.countryCodes;
    this.admin1Names = header.admin1Names;
    this.byAdjective = new Map(header.adjectives);
    this.adjectiveHeads = new Set(header.adjectives.filter(([key]) => key.includes(" ")).map(([key]) => key.slice(0, key.indexOf(" "))));
  }

  get size(): number {
    return this.n + (this.extra?.size ?? 0);
  }

  /** Key index of `key`, or -1. */
  private find(key: string): number {
    const { table, mask, keyOff, keyLen, blob } = this;
    const len = key.length;
    for (let slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      const ki = table[slot];
      if (ki < 0) return -1;
      if (keyLen[ki] !== len) continue;
      const off = keyOff[ki];
      let i = 0;
      while (i < len && blob.charCodeAt(off + i) === key.charCodeAt(i)) i++;
      if (i === len) return ki;
    }
  }

  private baseLookup(key: string): readonly number[] | undefined {
    const ki = this.find(key);
    if (ki < 0 || this.postCount[ki] === 0) return undefined;
    let ids = this.cache.get(ki);
    if (ids === undefined) {
      const start = this.postStart[ki];
      ids = Array.from(this.postings.subarray(start, start + this.postCount[ki]));
      this.cache.set(ki, ids);
    }
    return ids;
  }

  lookup(key: string): readonly number[] | undefined {
    if (this.extra === null) return this.baseLookup(key);
    if (this.merged.has(key)) return this.merged.get(key);
    const base = this.baseLookup(key);
    const more = this.extra.lookup(key);
    const ids = more === undefined ? base : [...(base ?? []), ...more.map((id) => id + this.n)];
    this.merged.set(key, ids);
    return ids;
  }
  adjective(key: string): readonly number[] | undefined {
    return this.byAdjective.get(key);
  }
  beginsLongerAdjective(firstToken: string): boolean {
    return this.adjectiveHeads.has(firstToken) || (this.extra?.beginsLongerAdjective(firstToken) ?? false);
  }
  maxTokensFrom(firstToken: string): number {
    const ki = this.find(firstToken);
    const base = ki < 0 ? 0 : this.maxTok[ki];
    return this.extra === null ? base : Math.max(base, this.extra.maxTokensFrom(firstToken));
  }
  name(id: number): string {
    if (id >= this.n) return this.extra!.name(id - this.n);
    const off = this.nameOff[id];
    return this.blob.slice(off, off + this.nameLen[id]);
  }
  geonameid(id: number): number | null {
    if (id >= this.n) return this.extra!.geonameid(id - this.n);
    const g = this.gid[id];
    return g < 0 ? null : g;
  }
  country(id: number): string {
    return id >= this.n ? this.extra!.country(id - this.n) : this.countryCodes[this.countryC[id]];
  }
  admin1(id: number): string | null {
    if (id >= this.n) return this.extra!.admin1(id - this.n);
    const a = this.admin1C[id];
    return a < 0 ? null : this.admin1Names[a];
  }
  lat(id: number): number {
    return id >= this.n ? this.extra!.lat(id - this.n) : this.latC[id] / COORD_SCALE;
  }
  lon(id: number): number {
    return id >= this.n ? this.extra!.lon(id - this.n) : this.lonC[id] / COORD_SCALE;
  }
  population(id: number): number {
    return id >= this.n ? this.extra!.population(id - this.n) : this.pop[id];
  }
  kind(id: number): PlaceKind {
    return id >= this.n ? this.extra!.kind(id - this.n) : KINDS[this.kindC[id]];
  }
  featureRank(id: number): number {
    return id >= this.n ? this.extra!.featureRank(id - this.n) : this.rankC[id] / RANK_SCALE;
  }
  addRecords(records: Iterable<GazetteerRecord>): void {
    this.extra ??= createGazetteer(this.lexicon) as IndexedGazetteer;
    this.extra.addRecords(records);
    this.merged.clear();
    // Adjectives of added records join the base ones (ids shifted past the compiled records).
    for (const [key, ids] of this.extra.snapshot().byAdjective) {
      const base = this.byAdjective.get(key)?.filter((id) => id < this.n) ?? [];
      this.byAdjective.set(key, [...base, ...ids.map((id) => id + this.n)]);
    }
  }
}
