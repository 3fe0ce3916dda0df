// The figures layer's word tables, compiled once at module load from src/data/figures/*.json.
import countedData from "../../data/figures/counted.json" with { type: "json" };
import hedgeData from "../../data/figures/hedges.json" with { type: "json" };
import numberData from "../../data/figures/numbers.json" with { type: "json" };
import unitData from "../../data/figures/units.json" with { type: "json" };
import type { FigureBound } from "../types.js";
import { PhraseTable } from "./phrases.js";

export interface Unit {
  unit: string;
  /** Dimension ("length", "area", ...) and factor to its base: what makes conversions checkable. */
  dim: string;
  factor: number;
}

export interface Hedge {
  bound: FigureBound;
  /** "nearly", "almost": the true value is just below the figure. */
  below: boolean;
}

export interface Counted {
  people: boolean;
}

const toMap = (o: Record<string, number>): Map<string, number> => new Map(Object.entries(o));

export const UNIT_WORDS = toMap(numberData.units);
export const TEN_WORDS = toMap(numberData.tens);
export const SCALE_WORDS = toMap(numberData.scales);
export const ABBREVIATED_SCALES = toMap(numberData.abbreviated_scales);
export const MONEY_ONLY_SCALES = toMap(numberData.money_only_scales);
export const GROUP_WORDS = toMap(numberData.groups);
export const FRACTIONS = toMap(numberData.fractions);
export const MULTIPLES = toMap(numberData.multiples);

export const VAGUE = new PhraseTable<[number, number]>();
for (const [k, v] of Object.entries(numberData.vague_multiplied)) VAGUE.add(k, v as [number, number]);
for (const [k, v] of Object.entries(numberData.vague)) VAGUE.add(k, v as [number, number]);

/** "several", "a few": multiply the scale word that follows. */
export const SEVERAL = new PhraseTable<[number, number]>();
for (const [k, v] of Object.entries(numberData.several)) SEVERAL.add(k, v as [number, number]);

export const UNITS = new PhraseTable<Unit>();
for (const u of unitData.units) for (const f of u.forms) UNITS.add(f, { unit: u.unit, dim: u.dim, factor: u.factor });

export const PERCENT = new PhraseTable<true>();
for (const f of unitData.percent) PERCENT.add(f, true);

export const CURRENCY_PREFIX = new PhraseTable<string>();
export const CURRENCY_SUFFIX = new PhraseTable<string>();
for (const c of unitData.currencies) {
  for (const f of c.prefix) CURRENCY_PREFIX.add(f, c.code);
  for (const f of c.suffix) CURRENCY_SUFFIX.add(f, c.code);
}

export const HEDGES = new PhraseTable<Hedge>();
{
  const below = new Set(hedgeData.approx_below);
  const bounds: FigureBound[] = ["min", "max", "gt", "lt", "approx", "exact"];
  for (const bound of bounds) {
    for (const phrase of hedgeData[bound]) HEDGES.add(phrase, { bound, below: below.has(phrase) });
  }
}

export const COUNTED = new PhraseTable<Counted>();
for (const f of countedData.people) COUNTED.add(f, { people: true });
for (const f of countedData.things) COUNTED.add(f, { people: false });

/**
 * Words of change before "from": "rose from 1,040 to 1,210" gives an old and a new value, not a
 * range. Participles and "up"/"down" too ("has risen from", "up from 900"). The ledger reads the
 * same words before "by" and "from" to tell a change or an old value from the quantity itself.
 */
export const CHANGE_WORDS = new Set([
  "rose", "risen", "rise", "rises", "rising", "fell", "fallen", "fall", "falls", "falling",
  "increased", "increase", "increases", "increasing", "decreased", "decrease", "decreases", "decreasing",
  "climbed", "climb", "climbs", "climbing", "jumped", "jump", "jumps", "grew", "grown", "grow", "grows", "growing",
  "dropped", "drop", "drops", "dropping", "declined", "decline", "declines", "declining", "soared", "surged", "plunged",
  "plummeted", "doubled", "tripled", "swelled", "swollen", "shrank", "shrunk", "revised", "raised", "lowered", "upped",
  "up", "down",
]);

/** Month names and abbreviations as tokenised ("aug." keeps its stop): a number beside one is a date. */
export const MONTHS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);
