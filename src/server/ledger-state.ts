// The server's cross-article ledger: read from the snapshot the store saved, opened over the store
// when the first ingest request needs it, updated by each ingest through the pipeline (ingestItems ->
// Ledger.addMany -> saveLedger), and indexed for reading (which propositions and verdicts a claim bears
// on, an actor's disputed figures ...).
import type { Ledger, OutputKey } from "../ledger/index.js";
import type {
  ClaimRef, Dispute, EventCluster, FigureSeries, LedgerSnapshot, Observation, Proposition, RoleAssertion, Verdict, VerdictValue,
} from "../ledger/types.js";
import type { IngestSummary } from "../pipeline/ingest.js";
import { saveLedgerIfChanged } from "../pipeline/ledger.js";
import type { ArticleRow, Store } from "../store/store.js";
import { KeyedSnapshot, keyOf } from "./keyed-snapshot.js";

/** Which verdict a claim shows when its figures bear on several propositions. */
const PRECEDENCE: VerdictValue[] = ["disputed", "unverified", "single-source", "corroborated"];

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const claimKey = (articleId: number, localId: string | null): string => `${articleId}/${localId ?? ""}`;

export interface ActorStats {
  figures: number;
  disputed: number;
  corroborated: number;
}

/** A read-only index over one snapshot. */
export class LedgerIndex {
  readonly propositions = new Map<string, Proposition>();
  readonly observations = new Map<string, Observation>();
  readonly roles = new Map<string, RoleAssertion>();
  readonly verdicts = new Map<string, Verdict>();
  readonly byClaim = new Map<string, { observations: Observation[]; propositions: Set<string>; disputes: Set<string>; corroborations: Set<string> }>();
  readonly clusterOfEvent = new Map<string, EventCluster>();
  readonly actorStats = new Map<string, ActorStats>();
  readonly disputedObservations = new Set<string>();
  readonly corroboratedObservations = new Set<string>();
  /** The snapshot's lists sorted by id once, so each request pages them without sorting. */
  readonly sorted: {
    propositions: Proposition[];
    disputes: Dispute[];
    series: FigureSeries[];
    verdicts: (Verdict & { id: string })[];
  };
  readonly disputeById = new Map<string, Dispute>();
  readonly seriesById = new Map<string, FigureSeries>();

  constructor(
    readonly snapshot: LedgerSnapshot,
    private readonly articles: Map<number, ArticleRow>,
  ) {
    const s = snapshot;
    for (const p of s.propositions) this.propositions.set(p.id, p);
    for (const o of s.observations) this.observations.set(o.id, o);
    for (const r of s.roleAssertions) this.roles.set(r.id, r);
    for (const v of s.verdicts) this.verdicts.set(`${v.target}:${v.targetId}`, v);
    for (const d of s.disputes) this.disputeById.set(d.id, d);
    for (const x of s.series) this.seriesById.set(x.id, x);
    this.sorted = {
      propositions: [...s.propositions].sort(byId),
      disputes: [...s.disputes].sort(byId),
      series: [...s.series].sort(byId),
      verdicts: s.verdicts.map((v) => ({ id: `${v.target}:${v.targetId}`, ...v })).sort(byId),
    };
    const entry = (ref: { articleId: number; claimId: string | null }) => {
      const key = claimKey(ref.articleId, ref.claimId);
      let e = this.byClaim.get(key);
      if (!e) this.byClaim.set(key, (e = { observations: [], propositions: new Set(), disputes: new Set(), corroborations: new Set() }));
      return e;
    };
    for (const o of s.observations) {
      if (o.claimId === null) continue;
      const e = entry(o.ref);
      e.observations.push(o);
      e.propositions.add(o.propositionId);
    }
    for (const d of s.disputes) {
      for (const ref of d.claims) if (ref.claimId) entry(ref).disputes.add(d.id);
      if (d.hard) for (const item of d.items) this.disputedObservations.add(item);
    }
    for (const c of s.corroborations) {
      for (const ref of c.claims) if (ref.claimId) entry(ref).corroborations.add(c.id);
      for (const item of c.items) this.corroboratedObservations.add(item);
    }
    for (const cluster of s.eventClusters) for (const m of cluster.members) this.clusterOfEvent.set(m.id, cluster);
    for (const o of s.observations) {
      const name = o.claimant.actor;
      if (!name) continue;
      const st = this.actorStats.get(name) ?? { figures: 0, disputed: 0, corroborated: 0 };
      st.figures++;
      if (this.disputedObservations.has(o.id)) st.disputed++;
      if (this.corroboratedObservations.has(o.id)) st.corroborated++;
      this.actorStats.set(name, st);
    }
  }

  article(id: number): ArticleRow | null {
    return this.articles.get(id) ?? null;
  }

  propositionVerdict(id: string): VerdictValue | null {
    return this.verdicts.get(`proposition:${id}`)?.verdict ?? null;
  }

  /** The ledger facts of one claim (by article id and local claim id). */
  claimLedger(articleId: number, localId: string) {
    const e = this.byClaim.get(claimKey(articleId, localId));
    const propositions = e ? [...e.propositions].sort() : [];
    const verdicts = new Set(propositions.map((p) => this.propositionVerdict(p)));
    return {
      propositions,
      verdict: PRECEDENCE.find((v) => verdicts.has(v)) ?? null,
      disputes: e?.disputes.size ?? 0,
      corroborations: e?.corroborations.size ?? 0,
    };
  }

  eventLedger(articleId: number, localId: string) {
    const cluster = this.clusterOfEvent.get(`${articleId}/${localId}`) ?? null;
    // The ledger keeps only events merged from several reports; one told once is single-source.
    return { cluster: cluster?.id ?? null, verdict: cluster ? (this.verdicts.get(`event:${cluster.id}`)?.verdict ?? null) : "single-source" };
  }

  /** "articleId/localId" keys of the claims whose verdict (as claimLedger shows it) is `verdict`. */
  claimKeysWithVerdict(verdict: VerdictValue): string[] {
    const keys: string[] = [];
    for (const key of this.byClaim.keys()) {
      const [a, c] = key.split("/");
      if (c && this.claimLedger(Number(a), c).verdict === verdict) keys.push(key);
    }
    return keys;
  }

  /** "articleId/localId" keys of the events whose cluster's verdict is `verdict`. */
  eventKeysWithVerdict(verdict: VerdictValue): string[] {
    const keys: string[] = [];
    for (const [id, cluster] of this.clusterOfEvent) if (this.verdicts.get(`event:${cluster.id}`)?.verdict === verdict) keys.push(id);
    return keys;
  }

  /** An observation (figure) or role assertion as the disputes and propositions views show it. */
  observationView(id: string) {
    const o = this.observations.get(id);
    if (o) {
      const art = this.article(o.articleId);
      return {
        id, kind: "figure", side: o.claimant.side, claimant: o.claimant.text, actor: o.claimant.actor, date: o.date,
        figure: o.figure.text, value: o.figure.value, low: o.figure.low, high: o.figure.high, bound: o.figure.bound, unit: o.figure.unit,
        interval: o.interval, polarity: o.polarity, hedges: o.hedges, proposition: o.propositionId,
        relative: o.relative ? `${o.relative.kind}${o.relative.factor !== null ? ` ×${o.relative.factor}` : ""} of “${o.relative.to.text}”${o.relative.resolvedValue !== null ? ` ≈ ${Math.round(o.relative.resolvedValue).toLocaleString("en")}` : ""}` : null,
        ...refView(o.ref), outlet: art?.source ?? null, article_date: art?.date ?? null, article_title: art?.title ?? null,
      };
    }
    const r = this.roles.get(id);
    if (!r) return null;
    const art = this.article(r.articleId);
    return {
      id, kind: "role", side: r.claimant.side, claimant: r.claimant.text, actor: r.claimant.actor, date: r.date,
      figure: `${r.role}: ${r.actorText}`, value: null, low: null, high: null, bound: "exact", unit: null, interval: null,
      polarity: "assert", hedges: r.hedged ? ["hedged"] : [], proposition: r.event, relative: null,
      ...refView(r.ref), outlet: art?.source ?? null, article_date: art?.date ?? null, article_title: art?.title ?? null,
    };
  }

  disputeView(d: Dispute) {
    return { ...d, observations: d.items.map((i) => this.observationView(i)).filter((o) => o !== null) };
  }

  /** The sides, dates and claimants' actors a dispute involves (for filtering). */
  disputeFacets(d: Dispute): { dates: string[]; actors: string[]; places: string[] } {
    const dates: string[] = [];
    const actors: string[] = [];
    const places: string[] = [];
    for (const i of d.items) {
      const o = this.observations.get(i) ?? this.roles.get(i);
      if (!o) continue;
      dates.push(o.date);
      if (o.claimant.actor) actors.push(o.claimant.actor);
      if ("place" in o) places.push(o.place);
    }
    return { dates, actors, places };
  }
}

export function refView(ref: ClaimRef) {
  return {
    article_id: ref.articleId, claim: ref.claimId, sentence: ref.sentence, figure_span: ref.figure, content: ref.content, source: ref.source,
    attribution: ref.attribution,
  };
}

export class LedgerState {
  private ledger: Promise<Ledger> | null = null;
  private index: LedgerIndex | null = null;
  /** The live ledger's lean output, kept from the first ingest on and patched by each later one. */
  private view: KeyedSnapshot | null = null;
  /** Keys the live ledger re-derived since the view was last patched. */
  private readonly derived = new Map<string, OutputKey>();
  private readonly articles = new Map<number, ArticleRow>();
  private lastArticle = 0;
  private lock: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: Store) {}

  /** Starts building the ledger from the store (once); later calls share the same build. */
  start(): Promise<Ledger> {
    if (!this.ledger) {
      this.ledger = this.store.openLedger().then((ledger) => {
        ledger.onDerived((k) => this.derived.set(keyOf(k), k));
        return ledger;
      });
      // A failed build (store unreachable) is retried by the next request instead of being cached.
      this.ledger.catch(() => (this.ledger = null));
    }
    return this.ledger;
  }

  private async loadArticles(): Promise<void> {
    for (;;) {
      const rows = await this.store.listArticles({ after: this.lastArticle, limit: 1000 });
      for (const r of rows) this.articles.set(r.id, r);
      if (rows.length === 0) break;
      this.lastArticle = rows[rows.length - 1].id;
      if (rows.length < 1000) break;
    }
  }

  /**
   * The index readers use. Until the first ingest needs the live ledger, it is read from the
   * snapshot the store saved, so a server over a large ledger starts without re-deriving it.
   */
  async read(): Promise<LedgerIndex> {
    if (!this.index) {
      await this.loadArticles();
      // Lean: an event cluster's merges are read by id when one is shown (Store.ledgerItem).
      let snapshot: LedgerSnapshot;
      if (this.view) snapshot = this.view.snapshot();
      else {
        const saved = this.ledger ? null : await this.store.loadLedger({ lean: true });
        snapshot = saved ? saved.snapshot : (await this.start()).snapshot({ lean: true });
      }
      this.index = new LedgerIndex(snapshot, this.articles);
    }
    return this.index;
  }

  /**
   * Runs one ingest at a time with the ledger; when anything was stored, persists the snapshot and
   * brings the view up to date: read whole the first time, then patched with the keys re-derived.
   */
  ingest(run: (ledger: Ledger) => Promise<IngestSummary>): Promise<IngestSummary> {
    const next = this.lock.then(async () => {
      const ledger = await this.start();
      const summary = await run(ledger);
      if (await saveLedgerIfChanged(this.store, ledger, summary)) {
        try {
          if (this.view) this.view.patch(ledger, this.derived.values());
          else this.view = KeyedSnapshot.read(ledger);
        } catch {
          // The articles are stored; the next read indexes the ledger whole instead.
          this.view = null;
        }
        this.derived.clear();
        this.index = null;
      }
      return summary;
    });
    this.lock = next.catch(() => undefined);
    return next;
  }
}
