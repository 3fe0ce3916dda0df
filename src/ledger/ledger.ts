// The ledger across articles. `Ledger.add` indexes one article's facts (O(its figures, claims and
// events), plus an LSH lookup for wire copies) and marks the buckets it touched; `snapshot`
// re-derives only the dirty buckets and assembles the canonical output. `buildLedger(all)` is
// the same thing from scratch and gives a deep-equal snapshot whatever the order of `all`.
import { clusterEvents, deriveRoles, deriveTopic, type RoleResult, type TopicResult } from "./derive.js";
import { bandKeys, estimateJaccard } from "./minhash.js";
import { observeArticle, type ArticleFacts } from "./observe.js";
import { articleSignature, relabel, type PreparedArticle } from "./prepare.js";
import { loadRules, type LedgerRules, type RuleOverrides } from "./rules.js";
import { cmp } from "./text.js";
import type { EventCluster, EventMember, LedgerSnapshot, Observation, RoleAssertion, StoredArticle, Verdict, WireGroup, WirePair } from "./types.js";

export interface LedgerOptions extends RuleOverrides {
  /** Pre-loaded rules (e.g. shared by several ledgers); default: the built-in tables. */
  rules?: LedgerRules;
}

interface Entry {
  articleId: number;
  date: string;
  facts: ArticleFacts;
  bands: string[];
  signature: Uint32Array;
  topics: Set<string>;
  roleKeys: Set<string>;
  buckets: Set<string>;
}

interface BucketResult {
  clusters: EventCluster[];
  verdicts: Verdict[];
}

/** Closest wire copies listed per member of a wire group (see computeWireGroups). */
const LISTED_WIRE_PAIRS = 4;

function eventBucket(m: EventMember): string {
  return `${m.type}/${m.mode ?? "-"}|${m.admin1 ?? "?"}`;
}

function getOrSet<K, V>(m: Map<K, V>, k: K, make: () => V): V {
  let v = m.get(k);
  if (v === undefined) {
    v = make();
    m.set(k, v);
  }
  return v;
}

export class Ledger {
  readonly rules: LedgerRules;
  private readonly entries = new Map<number, Entry>();
  private readonly topics = new Map<string, Map<string, Observation>>();
  private readonly roles = new Map<string, Map<string, RoleAssertion>>();
  private readonly buckets = new Map<string, Map<string, EventMember>>();
  private readonly lsh = new Map<string, Set<number>>();
  private readonly edges = new Map<number, Map<number, number>>();
  private readonly dirtyTopics = new Set<string>();
  private readonly dirtyRoles = new Set<string>();
  private readonly dirtyBuckets = new Set<string>();
  private readonly topicCache = new Map<string, TopicResult>();
  private readonly roleCache = new Map<string, RoleResult>();
  private readonly bucketCache = new Map<string, BucketResult>();
  private groupOf = new Map<number, number>();
  private groupsDirty = true;
  private wireGroups: WireGroup[] = [];

  constructor(options: LedgerOptions = {}) {
    this.rules = options.rules ?? loadRules(options);
  }

  get size(): number {
    return this.entries.size;
  }

  has(articleId: number): boolean {
    return this.entries.has(articleId);
  }

  /**
   * Add (or replace) one stored article. `prepared` is its facts and signature computed elsewhere
   * (on an extraction worker, see prepare.ts); without it they are computed here.
   */
  add(stored: StoredArticle, prepared?: PreparedArticle): void {
    if (this.entries.has(stored.articleId)) this.remove(stored.articleId);
    const facts = prepared ? relabel(prepared.facts, stored.articleId) : observeArticle(stored, this.rules);
    const w = this.rules.wire;
    const signature = prepared ? prepared.signature : articleSignature(stored.article.text, this.rules);
    const bands = bandKeys(signature, w.bands);
    const e: Entry = {
      articleId: stored.articleId,
      date: stored.article.date.slice(0, 10),
      facts,
      bands,
      signature,
      topics: new Set(facts.observations.map((o) => o.topicId)),
      roleKeys: new Set(facts.roles.map((r) => r.event)),
      buckets: new Set(facts.events.map(eventBucket)),
    };
    // Wire copies: candidates share an LSH band; keep pairs whose estimated Jaccard passes the threshold.
    const candidates = new Set<number>();
    for (const b of bands) for (const id of this.lsh.get(b) ?? []) candidates.add(id);
    for (const b of bands) getOrSet(this.lsh, b, () => new Set()).add(stored.articleId);
    this.entries.set(stored.articleId, e);
    for (const id of [...candidates].sort((a, b) => a - b)) {
      const other = this.entries.get(id)!;
      const sim = estimateJaccard(signature, other.signature);
      if (sim >= w.threshold) {
        getOrSet(this.edges, stored.articleId, () => new Map()).set(id, sim);
        getOrSet(this.edges, id, () => new Map()).set(stored.articleId, sim);
      }
    }
    for (const o of facts.observations) getOrSet(this.topics, o.topicId, () => new Map()).set(o.id, o);
    for (const r of facts.roles) getOrSet(this.roles, r.event, () => new Map()).set(r.id, r);
    for (const m of facts.events) getOrSet(this.buckets, eventBucket(m), () => new Map()).set(m.id, m);
    this.markComponent(stored.articleId);
  }

  /** Remove an article and everything derived from it. */
  remove(articleId: number): void {
    const e = this.entries.get(articleId);
    if (!e) return;
    this.markComponent(articleId);
    for (const o of e.facts.observations) this.topics.get(o.topicId)?.delete(o.id);
    for (const r of e.facts.roles) this.roles.get(r.event)?.delete(r.id);
    for (const m of e.facts.events) this.buckets.get(eventBucket(m))?.delete(m.id);
    for (const b of e.bands) {
      const s = this.lsh.get(b);
      s?.delete(articleId);
      if (s && s.size === 0) this.lsh.delete(b);
    }
    for (const other of this.edges.get(articleId)?.keys() ?? []) this.edges.get(other)?.delete(articleId);
    this.edges.delete(articleId);
    this.entries.delete(articleId);
  }

  /** Mark everything the article's wire group touches as dirty (its independence counts may change). */
  private markComponent(articleId: number): void {
    this.groupsDirty = true;
    const seen = new Set<number>([articleId]);
    const stack = [articleId];
    while (stack.length) {
      const id = stack.pop()!;
      const e = this.entries.get(id);
      if (e) {
        for (const t of e.topics) this.dirtyTopics.add(t);
        for (const r of e.roleKeys) this.dirtyRoles.add(r);
        for (const b of e.buckets) this.dirtyBuckets.add(b);
      }
      for (const n of this.edges.get(id)?.keys() ?? []) if (!seen.has(n)) (seen.add(n), stack.push(n));
    }
  }

  private computeWireGroups(): void {
    if (!this.groupsDirty) return;
    const groupOf = new Map<number, number>();
    const groups: WireGroup[] = [];
    for (const start of [...this.edges.keys()].sort((a, b) => a - b)) {
      if (groupOf.has(start) || (this.edges.get(start)?.size ?? 0) === 0) continue;
      const members: number[] = [];
      const stack = [start];
      const seen = new Set([start]);
      while (stack.length) {
        const id = stack.pop()!;
        members.push(id);
        for (const n of this.edges.get(id)?.keys() ?? []) if (!seen.has(n)) (seen.add(n), stack.push(n));
      }
      members.sort((a, b) => a - b);
      const id = members[0]!;
      for (const m of members) groupOf.set(m, id);
      // A story syndicated k times has k(k-1)/2 similar pairs; the snapshot lists each member's
      // closest few, which keeps the group's evidence linear in k and still connects it.
      const listed = new Map<string, WirePair>();
      for (const a of members) {
        const closest = [...(this.edges.get(a) ?? [])].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, LISTED_WIRE_PAIRS);
        for (const [b, sim] of closest) {
          const [lo, hi] = a < b ? [a, b] : [b, a];
          listed.set(`${lo}/${hi}`, { a: lo, b: hi, similarity: Math.round(sim * 1000) / 1000 });
        }
      }
      const pairs = [...listed.values()].sort((p, q) => p.a - q.a || p.b - q.b);
      const canonical = [...members].sort((a, b) => cmp(this.entries.get(a)!.date, this.entries.get(b)!.date) || a - b)[0]!;
      const w = this.rules.wire;
      groups.push({ id, canonical, members, pairs, rule: `wire/minhash-${w.shingle}gram-jaccard>=${w.threshold}` });
    }
    this.groupOf = groupOf;
    this.wireGroups = groups.sort((a, b) => a.id - b.id);
    this.groupsDirty = false;
  }

  /** The wire group (smallest article id in it) of an article; an article without copies is its own group. */
  wireGroupOf(articleId: number): number {
    this.computeWireGroups();
    return this.groupOf.get(articleId) ?? articleId;
  }

  private refresh(): void {
    this.computeWireGroups();
    const g = (id: number): number => this.groupOf.get(id) ?? id;
    for (const t of this.dirtyTopics) {
      const obs = [...(this.topics.get(t)?.values() ?? [])];
      if (obs.length) this.topicCache.set(t, deriveTopic(obs, this.rules, g));
      else (this.topicCache.delete(t), this.topics.delete(t));
    }
    this.dirtyTopics.clear();
    for (const k of this.dirtyRoles) {
      const rs = [...(this.roles.get(k)?.values() ?? [])];
      if (rs.length) this.roleCache.set(k, deriveRoles(rs));
      else (this.roleCache.delete(k), this.roles.delete(k));
    }
    this.dirtyRoles.clear();
    for (const b of this.dirtyBuckets) {
      const ms = [...(this.buckets.get(b)?.values() ?? [])];
      if (ms.length) this.bucketCache.set(b, clusterEvents(ms, this.rules, g));
      else (this.bucketCache.delete(b), this.buckets.delete(b));
    }
    this.dirtyBuckets.clear();
  }

  /** The derived results for one topic (`measure|subject|place`), e.g. for an API that shows one proposition. */
  topic(topicId: string): TopicResult | null {
    this.refresh();
    return this.topicCache.get(topicId) ?? null;
  }

  snapshot(): LedgerSnapshot {
    this.refresh();
    const topics = [...this.topicCache.keys()].sort().map((k) => this.topicCache.get(k)!);
    const roles = [...this.roleCache.keys()].sort().map((k) => this.roleCache.get(k)!);
    const buckets = [...this.bucketCache.keys()].sort().map((k) => this.bucketCache.get(k)!);
    const byId = <T extends { id: string }>(a: T, b: T): number => cmp(a.id, b.id);
    const roleAssertions = [...this.roles.values()].flatMap((m) => [...m.values()]).sort((a, b) => cmp(a.id, b.id));
    // An event told once is single-source by definition and already stands in the events table; the
    // snapshot keeps the clusters that merge several reports (and their verdicts), which is what
    // keeps it small at hundreds of thousands of articles.
    const merged = new Set(buckets.flatMap((b) => b.clusters).filter((c) => c.members.length > 1).map((c) => c.id));
    return {
      observations: topics.flatMap((t) => t.observations).sort(byId),
      propositions: topics.flatMap((t) => t.propositions).sort(byId),
      series: topics.flatMap((t) => t.series).sort(byId),
      roleAssertions,
      disputes: [...topics.flatMap((t) => t.disputes), ...roles.flatMap((r) => r.disputes)].sort(byId),
      corroborations: topics.flatMap((t) => t.corroborations).sort(byId),
      verdicts: [...topics.flatMap((t) => t.verdicts), ...roles.flatMap((r) => r.verdicts), ...buckets.flatMap((b) => b.verdicts.filter((v) => merged.has(v.targetId)))].sort(
        (a, b) => cmp(a.target, b.target) || cmp(a.targetId, b.targetId),
      ),
      wireGroups: this.wireGroups.map((w) => ({ ...w, members: [...w.members], pairs: [...w.pairs] })),
      eventClusters: buckets.flatMap((b) => b.clusters).filter((c) => merged.has(c.id)).sort(byId),
    };
  }
}

/** The ledger of a set of articles, from scratch. */
export function buildLedger(all: Iterable<StoredArticle>, options: LedgerOptions = {}): LedgerSnapshot {
  const l = new Ledger(options);
  for (const s of all) l.add(s);
  return l.snapshot();
}
