// The ledger across articles, kept in SQLite tables (ledger-tables.ts) so that it stays on disk
// beside the articles: `add` files one article's facts under their keys, finds its wire copies
// through the MinHash bands and marks the keys it touched; `commit` re-derives only those keys and
// replaces their rows of output; `snapshot` reads the output back. Memory holds one key's facts at
// a time, whatever the size of the ledger, and an ingest costs what it adds, not what is stored.
// `buildLedger(all)` does the same from scratch in an in-memory database and gives a deep-equal
// snapshot whatever the order of `all`.
import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { BandIndex } from "./band-index.js";
import { clusterEvents, deriveRoles, deriveTopic } from "./derive.js";
import { EVENT_MERGES, WIRE_GROUP, LedgerTables, type DirtyKind, type OutputKey, type OutputRow } from "./ledger-tables.js";
import { bandKeys, estimateJaccard } from "./minhash.js";
import { FactKind, prepareArticle, readFact, type PreparedArticle } from "./prepare.js";
import { loadRules, type LedgerRules, type RuleOverrides } from "./rules.js";
import { cmp } from "./text.js";
import type { EventMember, LedgerSnapshot, Observation, RoleAssertion, StoredArticle, Verdict, WireGroup, WirePair } from "./types.js";

/** An article ready to file: its stored id, its date and its facts. */
export interface FiledArticle {
  articleId: number;
  date: string;
  prepared: PreparedArticle;
}

export interface LedgerOptions extends RuleOverrides {
  /** Pre-loaded rules (e.g. shared by several ledgers); default: the built-in tables. */
  rules?: LedgerRules;
  /** The database holding the ledger's tables; default: a private in-memory one. */
  db?: Database.Database;
  /**
   * Log the keys whose output is re-derived, so that a copy of the output kept elsewhere
   * (PostgreSQL's) can be brought up to date key by key (changedKeys, outputOf, forgetChanged).
   */
  trackChanges?: boolean;
}

/** Closest wire copies listed per member of a wire group (see deriveWireGroup). */
const LISTED_WIRE_PAIRS = 4;

/** Dirty keys derived per transaction. */
const COMMIT_PAGE = 500;

/**
 * Bump when the stored facts or output change shape or meaning; with the rules it stamps the
 * tables, and a ledger with another stamp is rebuilt from the stored articles.
 */
const FORMAT = 5;

/** The snapshot's lists, in the order they are written out. */
export const SNAPSHOT_KINDS: readonly (keyof LedgerSnapshot)[] = [
  "observations", "propositions", "series", "roleAssertions", "disputes", "corroborations", "verdicts", "wireGroups", "eventClusters",
];

export interface SnapshotOptions {
  /**
   * Event clusters without their merge records (`merges: []`), which are most of a large ledger's
   * output (each merge says why a report joined); a reader gets a whole cluster by its id (ledgerItem).
   */
  lean?: boolean;
}

/** One output row's item, as a snapshot (lean or whole) lists it; `merges`: its EVENT_MERGES row's body. */
export function snapshotItem(kind: string, body: string, options: SnapshotOptions = {}, merges: string | null = null): unknown {
  const item = JSON.parse(body) as Record<string, unknown>;
  if (kind === "eventClusters") {
    // Rows written before merges had rows of their own carry them inline.
    if (options.lean) item.merges = [];
    else if (merges !== null) item.merges = JSON.parse(merges);
  }
  return item;
}

/**
 * Builds a snapshot from output rows read in (kind, sort) order, so that a cluster comes before its
 * merges row; a lean read may leave the merges rows out.
 */
export class SnapshotReader {
  readonly snapshot = emptySnapshot();
  private readonly lists = this.snapshot as unknown as Record<string, unknown[]>;
  private readonly clusters = new Map<string, Record<string, unknown>>();

  constructor(private readonly options: SnapshotOptions = {}) {}

  add(row: { kind: string; sort: string; body: string }): void {
    if (row.kind === EVENT_MERGES) {
      const cluster = this.options.lean ? undefined : this.clusters.get(row.sort);
      if (cluster) cluster.merges = JSON.parse(row.body);
      return;
    }
    // A kind this version does not know is skipped, so a newer ledger still opens.
    const list = this.lists[row.kind];
    if (!list) return;
    const item = snapshotItem(row.kind, row.body, this.options);
    if (row.kind === "eventClusters" && !this.options.lean) this.clusters.set(row.sort, item as Record<string, unknown>);
    list.push(item);
  }
}

/** A snapshot with every list empty, to fill item by item. */
export function emptySnapshot(): LedgerSnapshot {
  return Object.fromEntries(SNAPSHOT_KINDS.map((k) => [k, []])) as unknown as LedgerSnapshot;
}

function rulesFingerprint(rules: LedgerRules): string {
  // Lookup structures derived from the tables are left out: they change how fast, not what.
  const { countedPhrases: _derived, ...tables } = rules;
  const plain = JSON.stringify(tables, (_k, v: unknown) => (v instanceof Set ? [...v].sort() : v instanceof Map ? [...v].sort() : v));
  return createHash("sha256").update(`${FORMAT}\n${plain}`).digest("hex");
}

const byIdRow = (kind: string) => (item: { id: string }): OutputRow => ({ kind, sort: item.id, body: JSON.stringify(item) });

function verdictRow(v: Verdict): OutputRow {
  // The snapshot orders verdicts by target, then target id.
  return { kind: "verdicts", sort: `${v.target}\u0001${v.targetId}`, body: JSON.stringify(v) };
}

export class Ledger {
  readonly rules: LedgerRules;
  private readonly tables: LedgerTables;
  private readonly ownDb: Database.Database | null;
  /** Built when the ledger first changes: reading a ledger needs no band index. */
  private bands: BandIndex | null = null;
  /** Told each key a commit re-derives (see onDerived). */
  private derivedListener: ((key: OutputKey) => void) | null = null;

  constructor(options: LedgerOptions = {}) {
    this.rules = options.rules ?? loadRules(options);
    this.ownDb = options.db ? null : new Database(":memory:");
    this.tables = new LedgerTables(options.db ?? this.ownDb!, rulesFingerprint(this.rules), options.trackChanges);
  }

  /**
   * Runs a change in one transaction with the band index in hand: loaded from the stored
   * signatures the first time, and again when another process filed articles meanwhile.
   */
  private change(run: (bands: BandIndex) => void): void {
    if (this.tables.changedElsewhere() || this.bands === null) {
      const bands = new BandIndex(this.tables.count() * this.rules.wire.bands);
      for (const { id, signature } of this.tables.signatures()) for (const band of bandKeys(signature, this.rules.wire.bands)) bands.add(band, id);
      this.bands = bands;
    }
    const bands = this.bands;
    try {
      this.tables.transaction(() => run(bands));
    } catch (error) {
      // The rolled-back change may have touched the index: reload it with the next change.
      this.bands = null;
      throw error;
    }
  }

  get size(): number {
    return this.tables.count();
  }

  has(articleId: number): boolean {
    return this.tables.has(articleId);
  }

  /** The ids of every filed article, in order. */
  articleIds(): number[] {
    return this.tables.ids();
  }

  /** Adds (or replaces) one stored article, computing its facts here. */
  add(stored: StoredArticle): void {
    this.addMany([stored]);
  }

  /** Adds stored articles in one transaction, computing their facts here. */
  addMany(stored: StoredArticle[]): void {
    this.file(stored.map((s) => ({ articleId: s.articleId, date: s.article.date, prepared: prepareArticle(s.article, s.extraction, this.rules) })));
  }

  /** Adds articles whose facts were prepared elsewhere (on an extraction worker), in one transaction. */
  file(items: FiledArticle[]): void {
    this.change((bands) => {
      for (const item of items) this.addOne(bands, item);
    });
  }

  private addOne(bands: BandIndex, { articleId: id, date, prepared }: FiledArticle): void {
    if (this.tables.has(id)) this.removeOne(bands, id);
    const { rows, signature } = prepared;
    const w = this.rules.wire;
    const keys = bandKeys(signature, w.bands);
    // Wire copies: candidates share an LSH band; keep pairs whose estimated Jaccard passes the threshold.
    const candidates = new Set<number>();
    for (const band of keys) bands.collect(band, candidates);
    const copies: number[] = [];
    for (const other of [...candidates].sort((a, b) => a - b)) {
      const sim = estimateJaccard(signature, this.tables.signature(other));
      if (sim >= w.threshold) copies.push(other), this.tables.addEdge(id, other, sim);
    }
    this.tables.insertArticle(id, date.slice(0, 10), signature, rows);
    for (const band of keys) bands.add(band, id);
    // Each key once per article: a fact-heavy article files many facts under few keys.
    const marked = new Set<string>();
    for (const r of rows) {
      const k = `${r.kind}|${r.key}`;
      if (!marked.has(k)) marked.add(k), this.tables.markDirty(r.kind, r.key);
    }
    if (copies.length === 0) return;
    // The group's id is its smallest member: groups with a larger id merge into it, and the facts
    // of their members are re-derived (their independence counts change); the others' do not.
    const groups = new Set(copies.map((c) => this.tables.groupOf(c)));
    const target = Math.min(id, ...groups);
    for (const g of groups) {
      if (g === target) continue;
      this.tables.mergeGroup(g, target);
      this.tables.markDirty(WIRE_GROUP, String(g));
    }
    if (target !== id) this.tables.setGroup(id, target, false);
    this.tables.markDirty(WIRE_GROUP, String(target));
  }

  /** Remove an article and everything derived from it. */
  remove(articleId: number): void {
    this.change((bands) => this.removeOne(bands, articleId));
  }

  private removeOne(bands: BandIndex, articleId: number): void {
    if (!this.tables.has(articleId)) return;
    const group = this.tables.groupOf(articleId);
    for (const band of bandKeys(this.tables.signature(articleId), this.rules.wire.bands)) bands.remove(band, articleId);
    this.tables.deleteArticle(articleId);
    const rest = this.tables.members(group).map((m) => m.id);
    if (rest.length === 0 && group === articleId) return;
    this.tables.markDirty(WIRE_GROUP, String(group));
    // The group may have fallen apart: each connected part takes its smallest member as its id.
    const left = new Set(rest);
    for (const start of rest) {
      if (!left.has(start)) continue;
      const part: number[] = [];
      const stack = [start];
      left.delete(start);
      while (stack.length) {
        const at = stack.pop()!;
        part.push(at);
        for (const { b } of this.tables.edges(at)) if (left.delete(b)) stack.push(b);
      }
      const id = Math.min(...part);
      if (id === group) continue;
      for (const m of part) this.tables.setGroup(m, id, true);
      this.tables.markDirty(WIRE_GROUP, String(id));
    }
  }

  /** Re-derives every key marked dirty since the last commit; returns how many. */
  commit(): number {
    let done = 0;
    for (;;) {
      const page = this.tables.dirtyPage(COMMIT_PAGE);
      if (page.length === 0) return done;
      this.tables.transaction(() => {
        for (const { kind, key } of page) this.tables.replaceOutput(kind, key, this.derive(kind, key));
      });
      if (this.derivedListener) for (const { kind, key } of page) this.derivedListener({ src: kind, key });
      done += page.length;
    }
  }

  private derive(kind: DirtyKind, key: string): OutputRow[] {
    if (kind === WIRE_GROUP) return this.deriveWireGroup(Number(key));
    const rows = this.tables.facts(kind, key);
    if (rows.length === 0) return [];
    const groupOf = new Map(rows.map((r) => [r.articleId, r.grp]));
    const g = (articleId: number): number => groupOf.get(articleId) ?? articleId;
    if (kind === FactKind.Topic) {
      const t = deriveTopic(rows.map((r) => readFact<Observation>(r.body, r.articleId)), this.rules, g);
      return [
        ...t.observations.map(byIdRow("observations")),
        ...t.propositions.map(byIdRow("propositions")),
        ...t.series.map(byIdRow("series")),
        ...t.disputes.map(byIdRow("disputes")),
        ...t.corroborations.map(byIdRow("corroborations")),
        ...t.verdicts.map(verdictRow),
      ];
    }
    if (kind === FactKind.Role) {
      const assertions = rows.map((r) => readFact<RoleAssertion>(r.body, r.articleId));
      const r = deriveRoles(assertions);
      return [...assertions.map(byIdRow("roleAssertions")), ...r.disputes.map(byIdRow("disputes")), ...r.verdicts.map(verdictRow)];
    }
    const b = clusterEvents(rows.map((r) => readFact<EventMember>(r.body, r.articleId)), this.rules, g);
    // An event told once is single-source by definition and already stands in the events table; the
    // output keeps the clusters that merge several reports (and their verdicts), which is what
    // keeps it small at hundreds of thousands of articles.
    const merged = b.clusters.filter((c) => c.members.length > 1);
    const ids = new Set(merged.map((c) => c.id));
    return [
      ...merged.map((c) => ({ kind: "eventClusters", sort: c.id, body: JSON.stringify({ ...c, merges: [] }) })),
      ...merged.map((c) => ({ kind: EVENT_MERGES, sort: c.id, body: JSON.stringify(c.merges) })),
      ...b.verdicts.filter((v) => ids.has(v.targetId)).map(verdictRow),
    ];
  }

  private deriveWireGroup(id: number): OutputRow[] {
    const members = this.tables.members(id);
    if (members.length < 2) return [];
    const ids = members.map((m) => m.id);
    // A story syndicated k times has k(k-1)/2 similar pairs; the snapshot lists each member's
    // closest few, which keeps the group's evidence linear in k and still connects it.
    const listed = new Map<string, WirePair>();
    for (const a of ids) {
      const closest = this.tables.edges(a).sort((x, y) => y.sim - x.sim || x.b - y.b).slice(0, LISTED_WIRE_PAIRS);
      for (const { b, sim } of closest) {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        listed.set(`${lo}/${hi}`, { a: lo, b: hi, similarity: Math.round(sim * 1000) / 1000 });
      }
    }
    const pairs = [...listed.values()].sort((p, q) => p.a - q.a || p.b - q.b);
    const canonical = [...members].sort((a, b) => cmp(a.date, b.date) || a.id - b.id)[0]!.id;
    const w = this.rules.wire;
    const group: WireGroup = { id, canonical, members: ids, pairs, rule: `wire/minhash-${w.shingle}gram-jaccard>=${w.threshold}` };
    return [{ kind: "wireGroups", sort: String(id).padStart(16, "0"), body: JSON.stringify(group) }];
  }

  /**
   * Tells `listener` each key whose output a commit replaces, once that commit's page is written
   * (a reader that keeps its own copy of the output patches it with outputOf); null stops it.
   */
  onDerived(listener: ((key: OutputKey) => void) | null): void {
    this.derivedListener = listener;
  }

  /** Every output row with its key, in snapshot order, after a commit (lean: no merges rows). */
  keyedOutput(options: SnapshotOptions = {}): Iterable<OutputKey & OutputRow> {
    this.commit();
    return this.tables.output(options.lean === true);
  }

  /** Keys re-derived since they were last forgotten (a ledger made with trackChanges). */
  changedKeys(): OutputKey[] {
    return this.tables.changedKeys();
  }

  /** The output rows of one key, as the snapshot lists them. */
  outputOf(key: OutputKey): OutputRow[] {
    return this.tables.outputOf(key);
  }

  forgetChanged(keys: OutputKey[]): void {
    this.tables.transaction(() => {
      for (const k of keys) this.tables.forgetChanged(k);
    });
  }

  /** Every output row with its key (unordered), e.g. to copy the whole output elsewhere. */
  allOutput(): Iterable<OutputKey & OutputRow> {
    return this.tables.allOutput();
  }

  /** Commits, then reads the whole derived output back as one snapshot. */
  snapshot(options: SnapshotOptions = {}): LedgerSnapshot {
    const reader = new SnapshotReader(options);
    for (const row of this.keyedOutput(options)) reader.add(row);
    return reader.snapshot;
  }

  /** One item of the output by its list and id (an event cluster, with its merges), after a commit. */
  item(kind: string, id: string): unknown {
    this.commit();
    const body = this.tables.outputItem(kind, id);
    if (body === null) return null;
    return snapshotItem(kind, body, {}, kind === "eventClusters" ? this.tables.outputItem(EVENT_MERGES, id) : null);
  }

  /** Empties the ledger (to rebuild it from the store). */
  clear(): void {
    this.tables.transaction(() => this.tables.clear());
    this.bands = null;
  }

  /** Closes the in-memory database a ledger made for itself; a shared one is its owner's to close. */
  close(): void {
    this.ownDb?.close();
  }
}

/** The ledger of a set of articles, from scratch. */
export function buildLedger(all: Iterable<StoredArticle>, options: Omit<LedgerOptions, "db"> = {}): LedgerSnapshot {
  const l = new Ledger(options);
  try {
    for (const s of all) l.add(s);
    return l.snapshot();
  } finally {
    l.close();
  }
}
