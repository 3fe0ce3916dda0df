// The ledger's rule tables, loaded once from src/data/ledger/*.json. Logic reads them; it
// hard-codes no measure, side word or threshold.
import measuresData from "../data/ledger/measures.json" with { type: "json" };
import rolesData from "../data/ledger/roles.json" with { type: "json" };
import scopesData from "../data/ledger/scopes.json" with { type: "json" };
import settingsData from "../data/ledger/ledger.json" with { type: "json" };
import sidesData from "../data/ledger/sides.json" with { type: "json" };
import actorsData from "../data/actors.json" with { type: "json" };
import eventWordsData from "../data/event-triggers.json" with { type: "json" };

export interface MeasureRule {
  id: string;
  label: string;
  units?: string[];
  counted?: string[];
  nounCues?: string[];
  cues: string[];
  requireAll?: string[];
  exclude?: string[];
  subject: string;
  kind: "stock" | "cumulative" | "flow" | "event";
  /** Counted in the article's main region before a country its sentence names (ground held or taken). */
  regional?: boolean;
  /** Counted over the whole country unless the figure's own words name a region (launches: "launched 46 drones ..., 38 shot down over Kharkiv"). */
  national?: boolean;
  windowDays: number;
  tolerance: number;
}

export interface RoleRule {
  id: string;
  label: string;
  patterns: string[];
}

export interface RoleEventRule {
  id: string;
  label: string;
  cues: string[];
  roles: RoleRule[];
}

/** A measure's counted-noun phrase, split into words; `order` is its place in the measure table. */
export interface CountedPhrase {
  phrase: string;
  words: string[];
  order: number;
}

/** How a counted figure's scope (incident, period, running total) is read: src/data/ledger/scopes.json. */
export interface ScopeRules {
  measures: Set<string>;
  totalStrong: string[];
  totalWeak: string[];
  sinceNouns: Set<string>;
  sinceReach: number;
  recentDays: number;
  bringing: Set<string>;
  incidentNouns: string[];
  campaignNouns: Set<string>;
  harmVerbs: Set<string>;
  tollWords: Set<string>;
  periodPhrases: string[];
  weekPhrases: string[];
}

export interface LedgerRules {
  measures: MeasureRule[];
  /** Every measure's counted-noun phrases by their first word, to find them in one pass over a window. */
  countedPhrases: Map<string, CountedPhrase[]>;
  /** Nouns a counted noun may modify ("missile launchers"): before one of them it counts nothing. */
  compoundHeads: Set<string>;
  opposites: Record<string, string>;
  subjectAnchors: Set<string>;
  forceNouns: Set<string>;
  possessives: Set<string>;
  controlBefore: Set<string>;
  controlAfter: Set<string>;
  sideWords: Map<string, string>;
  subjectByCounted: Record<string, string>;
  relayTypes: Set<string>;
  relayUnnamed: Set<string>;
  unitScale: Record<string, [string, number]>;
  /** Canonical actor name -> actor type (media, ministry, ...), from src/data/actors.json. */
  actorTypes: Map<string, string>;
  /** Country code -> the government actor's canonical name ("TR" -> "Turkey"), from src/data/actors.json. */
  governments: Map<string, string>;
  /** Affiliations of armed groups that are parties of their own ("RSF", "HAMAS"), from src/data/actors.json. */
  groupSides: Set<string>;
  roleEvents: RoleEventRule[];
  roleLookbackDays: number;
  roleMaxGap: number;
  wire: { shingle: number; hashes: number; bands: number; threshold: number; seed: number };
  events: { maxDays: number; maxKm: number };
  intervals: { approx: number; relativeApprox: number };
  hedgesUnverified: Set<string>;
  scopes: ScopeRules;
}

export interface RuleOverrides {
  /** Extra actor types (canonical name -> type), e.g. from a user's --actors file. */
  actorTypes?: Record<string, string>;
  wireThreshold?: number;
}

export function loadRules(overrides: RuleOverrides = {}): LedgerRules {
  const sideWords = new Map<string, string>();
  for (const [side, words] of Object.entries(sidesData.sideWords)) for (const w of words) sideWords.set(w, side);
  const actorTypes = new Map<string, string>();
  for (const a of actorsData.actors as { name: string; type: string }[]) actorTypes.set(a.name, a.type);
  for (const [k, v] of Object.entries(overrides.actorTypes ?? {})) actorTypes.set(k, v);
  const governments = new Map<string, string>();
  for (const a of actorsData.actors as { name: string; type: string; affiliation?: string }[])
    if (a.type === "government" && a.affiliation && !governments.has(a.affiliation)) governments.set(a.affiliation, a.name);
  const groupSides = new Set<string>();
  for (const a of actorsData.actors as { type: string; affiliation?: string | null }[]) if (a.type === "armed_group" && a.affiliation) groupSides.add(a.affiliation.toUpperCase());
  const wire = { ...settingsData.wire };
  if (overrides.wireThreshold !== undefined) wire.threshold = overrides.wireThreshold;
  const measures = measuresData.measures as MeasureRule[];
  const countedPhrases = new Map<string, CountedPhrase[]>();
  let order = 0;
  for (const m of measures)
    for (const phrase of m.counted ?? []) {
      const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
      if (words.length === 0) continue;
      const list = countedPhrases.get(words[0]!) ?? [];
      list.push({ phrase, words, order: order++ });
      countedPhrases.set(words[0]!, list);
    }
  return {
    measures,
    countedPhrases,
    compoundHeads: new Set(eventWordsData.words.compound_heads),
    opposites: sidesData.opposites as Record<string, string>,
    subjectAnchors: new Set(sidesData.subjectAnchors),
    forceNouns: new Set(sidesData.forceNouns),
    possessives: new Set(sidesData.possessives),
    controlBefore: new Set(sidesData.controlPattern.before),
    controlAfter: new Set(sidesData.controlPattern.after),
    sideWords,
    subjectByCounted: sidesData.subjectByCounted as Record<string, string>,
    relayTypes: new Set(sidesData.relayTypes),
    relayUnnamed: new Set(sidesData.relayUnnamed),
    unitScale: sidesData.unitScale as unknown as Record<string, [string, number]>,
    actorTypes,
    governments,
    groupSides,
    roleEvents: rolesData.events as RoleEventRule[],
    roleLookbackDays: rolesData.lookbackDays,
    roleMaxGap: rolesData.maxGap,
    wire,
    events: settingsData.events,
    intervals: settingsData.intervals,
    hedgesUnverified: new Set(settingsData.hedgesUnverified),
    scopes: {
      measures: new Set(scopesData.measures),
      totalStrong: scopesData.totalStrong,
      totalWeak: scopesData.totalWeak,
      sinceNouns: new Set(scopesData.sinceNouns),
      sinceReach: scopesData.sinceReach,
      recentDays: scopesData.recentDays,
      bringing: new Set(scopesData.bringing),
      incidentNouns: scopesData.incidentNouns,
      campaignNouns: new Set(scopesData.campaignNouns),
      harmVerbs: new Set(scopesData.harmVerbs),
      tollWords: new Set(scopesData.tollWords),
      periodPhrases: scopesData.periodPhrases,
      weekPhrases: scopesData.weekPhrases,
    },
  };
}
