// Derived state: from the observations of one topic (measure + subject + place) to its
// propositions, series, disputes and corroborations and verdicts; from role assertions to role
// disputes; from event reports to event clusters. Each function sees only its own bucket, in a
// canonical order, so the result does not depend on the order articles arrived in.
import { compatible, intersect, midpoint, scaleInterval, showInterval, widen } from "./interval.js";
import { isPartySide } from "./observe.js";
import { sameScope, scopeLabel, scopePart, UNSCOPED } from "./scope.js";
import type { LedgerRules, MeasureRule } from "./rules.js";
import { cmp, dayNumber, fmtNumber, uniqSorted } from "./text.js";
import type {
  ClaimRef, Corroboration, Dispute, EventCluster, EventMember, EventMerge, FigureSeries, Interval, Observation, Proposition, RoleAssertion, Scope, SeriesPoint, Verdict,
} from "./types.js";

/**
 * The series a scoped figure joins: a side's running totals make one series, its period tolls
 * another, and each named incident's tolls one of their own (unnamed incidents share one).
 */
function seriesScope(o: Observation): Scope {
  const s = o.scope ?? UNSCOPED;
  return s.kind === "incident" ? s : { kind: s.kind, key: null };
}

function seriesSuffix(s: Scope): string {
  return s.kind === "unscoped" ? "" : s.key ? `|${s.kind}:${s.key}` : `|${s.kind}`;
}

export interface TopicResult {
  observations: Observation[];
  propositions: Proposition[];
  series: FigureSeries[];
  disputes: Dispute[];
  corroborations: Corroboration[];
  verdicts: Verdict[];
}

const byObs = (a: Observation, b: Observation): number => cmp(a.date, b.date) || a.articleId - b.articleId || cmp(a.id, b.id);

/**
 * The independence unit of a figure: its claimant's side (two organs of one side are one side);
 * for a claimant with a non-country affiliation (an outlet, an NGO), the claimant within its wire
 * group (copies of one wire story count once); for an outlet's own voice, the wire group.
 * `unknown` (no affiliation known) is never counted as independent of anything.
 */
function independenceOf(o: Observation): string {
  if (o.ref.attribution === "outlet") return `outlet:w${o.wireGroup}`;
  if (isPartySide(o.claimant.side)) return o.claimant.side;
  if (o.claimant.side.startsWith("unknown:")) return "unknown";
  return `${o.claimant.side}@w${o.wireGroup}`;
}

/** Whether a figure takes part in cross-claimant comparisons: an outlet's own voice (recaps, background) does not. */
function comparable(o: Observation): boolean {
  return o.ref.attribution !== "outlet" && o.polarity === "assert" && o.interval !== null;
}

function describe(o: Observation): string {
  const who = o.claimant.actor ?? o.claimant.text;
  const side = isPartySide(o.claimant.side) ? ` (${o.claimant.side})` : "";
  return `${who}${side} on ${o.date}: "${o.figure.text}"${o.relative && o.interval ? ` = ${showInterval(o.interval)}` : ""} [article ${o.articleId}${o.claimId ? ` ${o.claimId}` : ""}]`;
}

function pointKey(side: string, p: SeriesPoint): string {
  return `${side}@${p.date}=${p.text}`;
}

function isHedged(o: Observation, rules: LedgerRules): boolean {
  return o.hedges.some((h) => rules.hedgesUnverified.has(h));
}

export function deriveTopic(input: Observation[], rules: LedgerRules, wireGroupOf: (articleId: number) => number): TopicResult {
  const measure = rules.measures.find((m) => m.id === input[0]?.measure) as MeasureRule;
  // Copy so cached article facts stay untouched; fill in wire-dependent fields.
  const obs = input
    .map((o) => ({ ...o, relative: o.relative ? { ...o.relative } : null, wireGroup: wireGroupOf(o.articleId) }))
    .map((o) => ({ ...o, independence: independenceOf(o) }))
    .sort(byObs);
  // Resolve relative figures against the latest figure of the side they refer to, before the claim date.
  for (const o of obs) {
    const r = o.relative;
    if (!r || r.factor === null || !r.toSide) continue;
    // A figure of one scope is read against one of the same; "a tenth of what Kyiv claims" with no
    // scope of its own against any, and takes the scope of the figure it was read against.
    const unscoped = (o.scope ?? UNSCOPED).kind === "unscoped";
    const cands = obs.filter((p) => !p.relative && p.interval && p.claimant.side === r.toSide && p.polarity === "assert" && (unscoped || sameScope(p.scope, o.scope)));
    const before = cands.filter((p) => p.date < o.date);
    const pool = before.length ? before : cands.filter((p) => p.date === o.date);
    const ref = pool.sort((a, b) => cmp(b.date, a.date) || a.articleId - b.articleId || cmp(a.id, b.id))[0];
    if (!ref) continue;
    const slack = o.figure.bound === "approx" ? rules.intervals.relativeApprox : 0;
    let iv = scaleInterval(ref.interval!, r.factor, slack);
    if (o.figure.bound === "gt" || o.figure.bound === "min") iv = { lo: iv.lo, hi: null, loOpen: o.figure.bound === "gt", hiOpen: false };
    if (o.figure.bound === "lt" || o.figure.bound === "max") iv = { lo: 0, hi: iv.hi, loOpen: false, hiOpen: o.figure.bound === "lt" };
    o.interval = iv;
    r.resolvedAgainst = ref.id;
    const refMid = ref.relative ? null : ref.figure.value !== null && ref.interval ? midpoint(ref.interval) : null;
    r.resolvedValue = refMid === null ? null : Math.round(refMid * r.factor * 100) / 100;
    r.rule = `${r.rule}+relative/latest-before`;
    if (unscoped && ref.scope && ref.scope.kind !== "unscoped") {
      o.scope = ref.scope;
      o.propositionId = `${o.topicId}|${o.window}${scopePart(ref.scope)}`;
    }
  }

  // Series: per claimant side (and scope: running totals, period tolls, each incident's tolls),
  // points by date; restatements of one figure on one date merge.
  const bySide = new Map<string, Observation[]>();
  for (const o of obs) {
    if (o.polarity !== "assert") continue;
    const key = `${o.claimant.side}${seriesSuffix(seriesScope(o))}`;
    (bySide.get(key) ?? bySide.set(key, []).get(key)!).push(o);
  }
  const series: FigureSeries[] = [];
  const pointOf = new Map<string, { side: string; point: SeriesPoint }>();
  for (const sideKey of [...bySide.keys()].sort()) {
    const members = bySide.get(sideKey)!;
    const first = members[0]!;
    const side = first.claimant.side;
    const points = new Map<string, SeriesPoint>();
    for (const o of members) {
      const text = o.relative ? `${o.figure.text} ${o.relative.to.text}` : `${o.figure.bound}:${o.figure.value}:${o.figure.unit ?? ""}`;
      const key = `${o.date}|${text}`;
      let p = points.get(key);
      if (!p) {
        const mid = o.relative ? o.relative.resolvedValue : o.figure.value;
        p = { date: o.date, value: mid, bound: o.figure.bound, unit: o.relative ? (o.relative.resolvedAgainst ? obs.find((x) => x.id === o.relative!.resolvedAgainst)?.figure.unit ?? null : null) : o.figure.unit, text: o.figure.text, interval: o.interval, observations: [], articles: [], claimants: [] };
        points.set(key, p);
      }
      p.observations.push(o.id);
      p.articles.push(o.articleId);
      p.claimants.push(o.claimant.actor ?? o.claimant.text);
      pointOf.set(o.id, { side: sideKey, point: p });
    }
    const pts = [...points.values()]
      .map((p) => ({ ...p, observations: uniqSorted(p.observations), articles: uniqSorted(p.articles), claimants: uniqSorted(p.claimants) }))
      .sort((a, b) => cmp(a.date, b.date) || (a.value ?? 0) - (b.value ?? 0) || cmp(a.text, b.text));
    for (const p of pts) for (const id of p.observations) pointOf.set(id, { side: sideKey, point: p });
    const scope = seriesScope(first);
    const label = scopeLabel(scope);
    series.push({
      id: `${first.topicId}|${sideKey}`,
      topicId: first.topicId,
      measure: first.measure,
      subject: first.subject,
      place: first.place,
      side,
      scope,
      propositions: uniqSorted(members.map((o) => o.propositionId)),
      points: pts,
      printed: (label ? `${label}: ` : "") + pts.map((p) => printPoint(p)).join(" -> "),
    });
  }

  const disputes: Dispute[] = [];
  const corroborations: Corroboration[] = [];
  const refs = (os: Observation[]): ClaimRef[] => os.map((o) => o.ref);
  const win = measure?.windowDays ?? 3;
  const tol = measure?.tolerance ?? 0;
  const seenPair = new Set<string>();
  const obsById = new Map(obs.map((o) => [o.id, o]));
  // An article contradicting itself: one claimant (or an unnamed one of its side), one article, one
  // date, two different stated figures. Compared within each article only.
  const byArticle = new Map<number, Observation[]>();
  for (const o of obs) (byArticle.get(o.articleId) ?? byArticle.set(o.articleId, []).get(o.articleId)!).push(o);
  for (const aid of [...byArticle.keys()].sort((x, y) => x - y)) {
    const os = byArticle.get(aid)!;
    for (let i = 0; i < os.length; i++) {
      for (let j = i + 1; j < os.length; j++) {
        const a = os[i]!;
        const b = os[j]!;
        if (!a.interval || !b.interval || a.relative || b.relative || a.claimant.side !== b.claimant.side || a.date !== b.date || a.propositionId !== b.propositionId) continue;
        if (!sameScope(a.scope, b.scope)) continue;
        if (a.ref.attribution !== "claim-content" || b.ref.attribution !== "claim-content") continue;
        // Two named claimants must be the same; an unnamed one ("Ukraine's top military commander") stands with its side.
        if (a.claimant.actor && b.claimant.actor && a.claimant.actor !== b.claimant.actor && !a.claimant.unnamed && !b.claimant.unnamed) continue;
        if (a.figure.value === b.figure.value) continue;
        const hard = !compatible(widen(a.interval, tol), widen(b.interval, tol));
        const [x, y] = [a, b].sort((p, q) => cmp(p.id, q.id));
        disputes.push({
          id: `self-contradiction:${x!.id}~${y!.id}`,
          kind: "self-contradiction",
          propositions: [a.propositionId],
          eventCluster: null,
          sides: [a.claimant.side],
          items: [x!.id, y!.id],
          claims: refs([x!, y!]),
          hard,
          rule: "dispute/self-contradiction",
          explanation: `Article ${a.articleId} gives two figures for ${labelOf(a, measure)} from one side (${a.claimant.side}) on ${a.date}: "${x!.figure.text}" and "${y!.figure.text}"${hard ? "; they cannot both hold" : `; the intervals ${showInterval(x!.interval)} and ${showInterval(y!.interval)} overlap, but the stated values differ`}.`,
        });
      }
    }
  }
  // Cross-claimant comparisons, one representative per series point (restatements of one figure
  // compare once), within the measure's window of days (sorted by date).
  const reps: Observation[] = [];
  const seenPoint = new Set<SeriesPoint>();
  for (const o of obs) {
    const p = pointOf.get(o.id);
    if (!p || seenPoint.has(p.point) || !comparable(o)) continue;
    seenPoint.add(p.point);
    reps.push(o);
  }
  for (let i = 0; i < reps.length; i++) {
    const a = reps[i]!;
    for (let j = i + 1; j < reps.length; j++) {
      const b = reps[j]!;
      if (dayNumber(b.date) - dayNumber(a.date) > win) break;
      if (!a.interval || !b.interval) continue;
      const sameSide = a.claimant.side === b.claimant.side;
      if (sameSide || !comparable(a) || !comparable(b)) continue;
      // A day's toll, one strike's and the war's so far are different quantities.
      if (!sameScope(a.scope, b.scope)) continue;
      const pa = pointOf.get(a.id);
      const pb = pointOf.get(b.id);
      if (!pa || !pb) continue;
      const [ka, kb] = [pointKey(pa.side, pa.point), pointKey(pb.side, pb.point)].sort();
      const pairKey = `${ka}~${kb}`;
      // A running total (cumulative) may only grow: a later figure disputes an earlier one only if it
      // is lower. So may an incident's toll ("the death toll from the attack rose to 6").
      const kind = (a.scope ?? UNSCOPED).kind;
      // A period's toll grows as the dead of that day are found; different periods are not compared.
      const grows = kind === "total" || kind === "incident" || measure?.kind === "cumulative";
      const ok =
        grows && a.date !== b.date
          ? ((b.interval.hi ?? Infinity) * (1 + tol) >= (a.interval.lo ?? 0) * (1 - tol))
          : compatible(widen(a.interval, tol), widen(b.interval, tol));
      if (!ok) {
        if (seenPair.has(`d|${pairKey}`)) continue;
        seenPair.add(`d|${pairKey}`);
        const pointObs = (p: SeriesPoint): Observation[] => p.observations.map((id) => obsById.get(id)!).filter(Boolean);
        const items = [...pointObs(pa.point), ...pointObs(pb.point)].sort(byObs);
        const rel = a.relative?.resolvedAgainst ? a : b.relative?.resolvedAgainst ? b : null;
        const relRef = rel ? obsById.get(rel.relative!.resolvedAgainst!) : null;
        disputes.push({
          id: `${rel ? "relative" : "values"}:${pairKey}`,
          kind: rel ? "relative" : "values",
          propositions: uniqSorted([a.propositionId, b.propositionId]),
          eventCluster: null,
          sides: uniqSorted([a.claimant.side, b.claimant.side]),
          items: items.map((o) => o.id),
          claims: refs(items),
          hard: true,
          rule: rel ? "dispute/relative-interval" : "dispute/disjoint-intervals",
          explanation:
            `${labelOf(a, measure)}: ${describe(a)} and ${describe(b)} cannot both hold (${showInterval(a.interval)} vs ${showInterval(b.interval)}).` +
            (rel && relRef ? ` "${rel.figure.text} ${rel.relative!.to.text}" was resolved against ${describe(relRef)}.` : ""),
        });
      } else if (a.independence !== b.independence && a.independence !== "unknown" && b.independence !== "unknown" && compatible(widen(a.interval, tol), widen(b.interval, tol))) {
        if (seenPair.has(`c|${pairKey}`)) continue;
        seenPair.add(`c|${pairKey}`);
        const agreed = intersect(widen(a.interval, tol), widen(b.interval, tol));
        const [x, y] = [a, b].sort(byObs);
        corroborations.push({
          id: `corr:${pairKey}`,
          proposition: a.propositionId,
          items: [x!.id, y!.id],
          independence: uniqSorted([a.independence, b.independence]),
          agreed,
          claims: refs([x!, y!]),
          rule: "corroboration/compatible-independent",
          explanation: `${labelOf(a, measure)}: ${describe(x!)} and ${describe(y!)} are compatible (both allow ${showInterval(agreed)}) and come from independent sources (${uniqSorted([a.independence, b.independence]).join(" vs ")}).`,
        });
      }
    }
  }
  // Assertion vs denial of one figure claim by another side.
  for (const d of obs.filter((o) => o.polarity === "deny")) {
    for (const a of obs) {
      if (a.polarity !== "assert" || a.claimant.side === d.claimant.side || Math.abs(dayNumber(a.date) - dayNumber(d.date)) > win) continue;
      if (!sameScope(a.scope, d.scope)) continue;
      if (a.interval && d.interval && !compatible(a.interval, d.interval)) continue;
      disputes.push({
        id: `polarity:${d.id}~${a.id}`,
        kind: "polarity",
        propositions: uniqSorted([a.propositionId, d.propositionId]),
        eventCluster: null,
        sides: uniqSorted([a.claimant.side, d.claimant.side]),
        items: [a.id, d.id],
        claims: refs([a, d]),
        hard: true,
        rule: "dispute/assert-deny",
        explanation: `${labelOf(a, measure)}: ${describe(a)} is denied by ${describe(d)}.`,
      });
    }
  }

  const propositions: Proposition[] = [];
  const verdicts: Verdict[] = [];
  const byProp = new Map<string, Observation[]>();
  for (const o of obs) (byProp.get(o.propositionId) ?? byProp.set(o.propositionId, []).get(o.propositionId)!).push(o);
  for (const pid of [...byProp.keys()].sort()) {
    const os = byProp.get(pid)!;
    const o0 = os[0]!;
    propositions.push({
      id: pid,
      topicId: o0.topicId,
      measure: o0.measure,
      subject: o0.subject,
      place: o0.place,
      window: o0.window,
      scope: o0.scope ?? UNSCOPED,
      label: `${labelOf(o0, measure)}, ${o0.window}${o0.scope && o0.scope.kind !== "unscoped" ? `, ${scopeLabel(o0.scope)}` : ""}`,
      observations: os.map((o) => o.id),
      sides: uniqSorted(os.map((o) => o.claimant.side)),
      articles: uniqSorted(os.map((o) => o.articleId)),
      reports: new Set(os.map((o) => o.articleId)).size,
      independentReports: new Set(os.map((o) => o.wireGroup)).size,
    });
    const ids = new Set(os.map((o) => o.id));
    const ds = disputes.filter((d) => d.items.some((i) => ids.has(i)));
    const hard = ds.filter((d) => d.hard);
    const cs = corroborations.filter((c) => c.items.some((i) => ids.has(i)));
    let verdict: Verdict["verdict"];
    let rule: string;
    let explanation: string;
    if (hard.length) {
      verdict = "disputed";
      rule = "verdict/hard-dispute";
      explanation = `Disputed: ${hard[0]!.explanation}${hard.length > 1 ? ` (${hard.length} disputes in all)` : ""}`;
    } else if (cs.length) {
      verdict = "corroborated";
      rule = "verdict/independent-agreement";
      explanation = `Corroborated: ${cs[0]!.explanation}`;
    } else if (os.every((o) => isHedged(o, rules))) {
      verdict = "unverified";
      rule = "verdict/all-hedged";
      explanation = `Unverified: every claim is hedged (${uniqSorted(os.flatMap((o) => o.hedges)).join(", ")}); ${os.length} figure(s) from ${uniqSorted(os.map((o) => o.claimant.side)).join(", ")}.`;
    } else {
      verdict = "single-source";
      rule = "verdict/one-independent-source";
      const ind = uniqSorted(os.map((o) => o.independence));
      explanation = `Single source: ${ind.length === 1 ? `all ${os.length} figure(s) come from ${ind[0]}` : `no two independent sources give compatible figures (${ind.join(", ")})`}; e.g. ${describe(os[0]!)}.`;
    }
    const soft = ds.filter((d) => !d.hard);
    if (soft.length) explanation += ` Note: ${soft.map((d) => d.explanation).join(" ")}`;
    verdicts.push({
      target: "proposition",
      targetId: pid,
      verdict,
      rule,
      explanation,
      disputes: ds.map((d) => d.id).sort(),
      corroborations: cs.map((c) => c.id).sort(),
      claims: refs(os),
    });
  }
  return {
    observations: obs,
    propositions,
    series,
    disputes: disputes.sort((a, b) => cmp(a.id, b.id)),
    corroborations: corroborations.sort((a, b) => cmp(a.id, b.id)),
    verdicts,
  };
}

function labelOf(o: Observation, m: MeasureRule | undefined): string {
  const label = m?.label ?? o.measure;
  const subj = o.subject === "unknown" ? "" : ` (${o.subject})`;
  return `${label}${subj} in ${o.place}`;
}

export function printPoint(p: SeriesPoint): string {
  const prefix: Record<string, string> = { min: "at least ", gt: "more than ", max: "up to ", lt: "under ", approx: "about " };
  const units: Record<string, string> = { km2: " sq km", km: " km", mi: " miles", mi2: " sq miles" };
  const v = p.value === null ? p.text : `${prefix[p.bound] ?? ""}${fmtNumber(p.value)}${units[p.unit ?? ""] ?? ""}`;
  return `${v} (${p.date})`;
}

// ---- roles ------------------------------------------------------------------------------------

export interface RoleResult {
  disputes: Dispute[];
  verdicts: Verdict[];
}

/** Two claims about one event (overlapping windows) naming different actors in one role. */
export function deriveRoles(input: RoleAssertion[]): RoleResult {
  const rs = [...input].sort((a, b) => cmp(a.date, b.date) || a.articleId - b.articleId || cmp(a.id, b.id));
  const disputes: Dispute[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < rs.length; i++) {
    for (let j = i + 1; j < rs.length; j++) {
      const a = rs[i]!;
      const b = rs[j]!;
      if (a.role !== b.role || a.actor === b.actor) continue;
      if (a.to < b.from || b.to < a.from) continue;
      const key = `${a.event}/${a.role}:${[a.actor, b.actor].sort().join("|")}:${[a.claimant.side, b.claimant.side].sort().join("|")}`;
      if (seen.has(key)) continue;
      seen.add(key);
      disputes.push({
        id: `role:${key}`,
        kind: "role",
        propositions: [`role:${a.event}/${a.role}`],
        eventCluster: null,
        sides: uniqSorted([a.claimant.side, b.claimant.side]),
        items: [a.id, b.id],
        claims: [a.ref, b.ref],
        hard: true,
        rule: "dispute/role-conflict",
        explanation: `One ${a.event.replace(/_/g, " ")} told two ways: ${a.claimant.actor ?? a.claimant.text} (${a.claimant.side}, ${a.date}) names ${a.actor} as ${a.role}, ${b.claimant.actor ?? b.claimant.text} (${b.claimant.side}, ${b.date}) names ${b.actor} [articles ${a.articleId}, ${b.articleId}].`,
      });
    }
  }
  const verdicts: Verdict[] = [];
  const byKey = new Map<string, RoleAssertion[]>();
  for (const r of rs) (byKey.get(`role:${r.event}/${r.role}`) ?? byKey.set(`role:${r.event}/${r.role}`, []).get(`role:${r.event}/${r.role}`)!).push(r);
  for (const k of [...byKey.keys()].sort()) {
    const group = byKey.get(k)!;
    const ds = disputes.filter((d) => d.propositions.includes(k));
    const actors = uniqSorted(group.map((g) => g.actor));
    const ind = new Set(group.map((g) => (isPartySide(g.claimant.side) ? g.claimant.side : `${g.claimant.side}@${g.articleId}`)));
    const allHedged = group.every((g) => g.hedged);
    const verdict: Verdict["verdict"] = ds.length ? "disputed" : ind.size > 1 ? "corroborated" : allHedged ? "unverified" : "single-source";
    verdicts.push({
      target: "event",
      targetId: k,
      verdict,
      rule: ds.length ? "verdict/role-conflict" : ind.size > 1 ? "verdict/independent-agreement" : allHedged ? "verdict/all-hedged" : "verdict/one-independent-source",
      explanation: ds.length ? `Disputed: ${ds[0]!.explanation}` : `${actors.join(", ")} named as ${group[0]!.role} by ${[...ind].sort().join(", ")}.`,
      disputes: ds.map((d) => d.id),
      corroborations: [],
      claims: group.map((g) => g.ref),
    });
  }
  return { disputes, verdicts };
}

// ---- event clusters -----------------------------------------------------------------------------

function sidesConflict(a: string | null, b: string | null): boolean {
  return !!a && !!b && a !== b;
}

/**
 * Greedy clustering in canonical order (date, article, event): a report joins the first cluster
 * whose every member is within `maxDays` and has no conflicting actor side; the merge records why.
 */
export function clusterEvents(input: EventMember[], rules: LedgerRules, wireGroupOf: (articleId: number) => number): { clusters: EventCluster[]; verdicts: Verdict[] } {
  const ms = [...input].sort((a, b) => cmp(a.date, b.date) || a.articleId - b.articleId || cmp(a.id, b.id));
  type Open = { members: EventMember[]; merges: EventMerge[]; firstDay: number; sides: Set<string | null>; articles: Set<number> };
  const clusters: Open[] = [];
  // Members come in date order, so a cluster whose first day is too far back can take no later
  // member: only the open ones are checked, each against a summary, not member by member.
  let open: Open[] = [];
  for (const m of ms) {
    const day = dayNumber(m.date);
    open = open.filter((c) => day - c.firstDay <= rules.events.maxDays);
    let joined = false;
    for (const c of open) {
      const ok = !c.articles.has(m.articleId) && ![...c.sides].some((side) => sidesConflict(side, m.actorSide));
      if (!ok) continue;
      const anchor = c.members[0]!;
      c.members.push(m);
      c.sides.add(m.actorSide);
      c.articles.add(m.articleId);
      c.merges.push({
        member: m.id,
        joined: anchor.id,
        why: {
          rule: "event/merge",
          matched: [`${m.type}/${m.mode ?? "-"} "${m.trigger.text}"`, `admin1 ${m.admin1 ?? "?"}`, `dates ${anchor.date}..${m.date}`, `actor sides ${anchor.actorSide ?? "?"}/${m.actorSide ?? "?"}`],
          note: `same type and mode, same admin1, within ${rules.events.maxDays} day(s), actor sides compatible`,
        },
      });
      joined = true;
      break;
    }
    if (!joined) {
      const c: Open = { members: [m], merges: [], firstDay: day, sides: new Set([m.actorSide]), articles: new Set([m.articleId]) };
      clusters.push(c);
      open.push(c);
    }
  }
  const out: EventCluster[] = [];
  const verdicts: Verdict[] = [];
  for (const c of clusters) {
    const first = c.members[0]!;
    const [type, mode] = [first.type, first.mode];
    const asserted = uniqSorted(c.members.filter((m) => m.polarity === "assert").map((m) => m.claimantSide));
    const denied = uniqSorted(c.members.filter((m) => m.polarity === "deny").map((m) => m.claimantSide));
    // Same independence units as for figures: a side; an outlet (own voice) or non-state claimant per wire group; unknown never counts.
    const indep = new Set(
      c.members
        .filter((m) => m.polarity === "assert" && !m.claimantSide.startsWith("unknown:"))
        .map((m) => (isPartySide(m.claimantSide) ? m.claimantSide : `w${wireGroupOf(m.articleId)}:${m.claimantSide.startsWith("outlet:") ? "outlet" : m.claimantSide}`)),
    );
    const cluster: EventCluster = {
      id: `ev:${type}/${mode ?? "-"}|${first.admin1 ?? "?"}|${first.date}|${first.id}`,
      type,
      mode,
      admin1: first.admin1,
      dateFrom: c.members.reduce((a, m) => (m.date < a ? m.date : a), first.date),
      dateTo: c.members.reduce((a, m) => (m.date > a ? m.date : a), first.date),
      members: c.members.map(({ id, articleId, eventId, claimId, date, actorSide, claimantSide, polarity, hedged }) => ({
        id, articleId, eventId, claimId, date, actorSide, claimantSide, polarity, hedged,
      })),
      merges: c.merges,
      assertedBy: asserted,
      deniedBy: denied,
      reports: new Set(c.members.map((m) => m.articleId)).size,
      independentReports: new Set(c.members.map((m) => wireGroupOf(m.articleId))).size,
    };
    out.push(cluster);
    const disputed = denied.some((d) => asserted.some((a) => a !== d));
    let verdict: Verdict["verdict"];
    let rule: string;
    let explanation: string;
    if (disputed) {
      verdict = "disputed";
      rule = "verdict/assert-deny";
      explanation = `Disputed: asserted by ${asserted.join(", ")}, denied by ${denied.join(", ")}.`;
    } else if (indep.size > 1) {
      verdict = "corroborated";
      rule = "verdict/independent-reports";
      explanation = `Corroborated: reported by ${indep.size} independent sources (${[...indep].sort().join(", ")}) in ${cluster.reports} article(s).`;
    } else if (c.members.every((m) => m.hedged)) {
      verdict = "unverified";
      rule = "verdict/all-hedged";
      explanation = `Unverified: every report is hedged.`;
    } else {
      verdict = "single-source";
      rule = "verdict/one-independent-source";
      explanation = `Single source: ${asserted.join(", ") || denied.join(", ")} in ${cluster.reports} article(s) (${cluster.independentReports} independent).`;
    }
    // The cluster's members carry the claim references; the verdict points at the cluster instead of repeating them.
    verdicts.push({ target: "event", targetId: cluster.id, verdict, rule, explanation, disputes: [], corroborations: [], claims: [] });
  }
  return { clusters: out, verdicts };
}

export type { Interval };
