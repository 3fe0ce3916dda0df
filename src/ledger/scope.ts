// What a counted figure counts over: one incident ("an Israeli strike on a school killed 9 people"),
// a period ("31 people were killed across the enclave on Tuesday", "overnight", "in the past 24
// hours") or a running total ("bringing the death toll since October 2023 to 43,374", "so far").
// Tolls of different scopes are different quantities: a day's toll does not dispute the war's.
// Reads the figure's own stretch of its sentence and the extraction's time expressions; the words
// are in src/data/ledger/scopes.json.
import type { Entity, Place, Span, TimeExpression } from "../core/types.js";
import type { ScopeRules } from "./rules.js";
import { dayNumber, findPhrase, inside, isDay, tokens, type Tok } from "./text.js";
import type { Scope, Why } from "./types.js";

/** What scopeOf reads of one article (an extraction has it all but the text). */
export interface ScopeText {
  times: readonly TimeExpression[];
  places: readonly Place[];
  entities: readonly Entity[];
}

/** Where a figure stands: its sentence, its window (between the neighbouring figures) and the claim content holding it. */
export interface ScopeSite {
  figure: Span;
  sentence: Span;
  window: Span;
  content: Span | null;
  /** The claim date (YYYY-MM-DD): what "overnight" and "in the past 24 hours" end at. */
  date: string;
  text: string;
  /** The place the figure is counted in (an observation's `place`). */
  place: string;
}

/** A scope with the rule that found it; `definite`: an incident named as one told of before ("the strike"). */
export interface ScopeFinding {
  scope: Scope;
  why: Why;
  definite?: boolean;
}

export const UNSCOPED: Scope = { kind: "unscoped", key: null };

/** Marks that end a clause for the words after a figure, and the start of a clause for those before it. */
const STRONG_MARK = /[;:()\u2014\u2013]|--/g;
const COMMA = /,/g;

function lastMatchEnd(re: RegExp, text: string, from: number, to: number): number {
  let at = from;
  re.lastIndex = 0;
  const s = text.slice(from, to);
  for (const m of s.matchAll(re)) at = from + m.index! + m[0].length;
  return at;
}

function firstMatchStart(re: RegExp, text: string, from: number, to: number): number {
  re.lastIndex = 0;
  const m = re.exec(text.slice(from, to));
  return m ? from + m.index : to;
}

const COARSE = new Set(["country", "region", "continent", "relative"]);
/** "Wad al-Nourah": a lower-case particle joined to a capitalised name. */
const PARTICLE_NAME = /^\p{Ll}{1,3}-\p{Lu}/u;
const NAME_LEAD = new Set(["on", "in", "at", "near", "of", "outside", "inside"]);
const DETERMINERS = new Set(["the", "a", "an"]);
const CAPITAL = /^\p{Lu}/u;
/** At most this many words make a fronted clause of time ("Last week,", "On Tuesday night,"). */
const FRONTED_WORDS = 5;

/**
 * The names that tell one incident from another: places finer than a first-level region inside the
 * stretch, and capitalised words after "on", "in", "at", "near" or "of" that are no country, demonym,
 * party or date ("the strike on a house in the Nuseirat camp" -> nuseirat), but for the region the
 * figure is counted in (`counted`: "a strike in the Gaza Strip" names no one incident there).
 */
function incidentNames(t: ScopeText, text: string, stretch: Span, counted: string): string[] {
  const names = new Set<string>();
  const coarse: Span[] = [];
  const named: Span[] = [];
  for (const p of t.places) {
    if (!inside(p, stretch)) continue;
    if (COARSE.has(p.precision)) coarse.push(p);
    else if (p.precision !== "admin1") {
      names.add(p.name.toLowerCase());
      named.push(p);
    }
  }
  const toks = tokens(text.slice(stretch.start, stretch.end), stretch.start);
  for (let i = 0; i < toks.length; i++) {
    if (!NAME_LEAD.has(toks[i]!.w)) continue;
    let j = i + 1;
    while (j < toks.length && DETERMINERS.has(toks[j]!.w)) j++;
    const run: string[] = [];
    for (; j < toks.length; j++) {
      const tk = toks[j]!;
      const word = text.slice(tk.start, tk.end);
      if (!CAPITAL.test(word) && !PARTICLE_NAME.test(word)) break;
      // A place already named by the gazetteer's name is not named again as written ("an nuşayrāt", not "+nuseirat").
      if (coarse.some((c) => inside(tk, c)) || named.some((c) => inside(tk, c)) || t.times.some((tm) => inside(tk, tm))) break;
      if (t.entities.some((e) => (e.type === "NORP" || e.type === "ORG" || e.type === "PERSON" || e.type === "GROUP") && inside(tk, e))) break;
      run.push(tk.w);
    }
    if (run.length) names.add(run.join(" "));
  }
  names.delete(counted.toLowerCase());
  return [...names].sort();
}

/** The first of `phrases` whose words start at token `at`, if any. */
function has(toks: Tok[], at: number, phrases: readonly string[]): string | null {
  for (const p of phrases) {
    const words = p.split(" ");
    if (at + words.length > toks.length) continue;
    if (words.every((w, k) => toks[at + k]!.w === w)) return p;
  }
  return null;
}

const PERFECT = new Set(["has", "have", "had"]);

/** A time a count runs up to ("as of Sept. 5", "by Sunday"): the count's date, not a period it covers. */
const UP_TO = /\b(?:as\s+of|by|until|through)\s+$/i;

/** Words that may stand between a harm verb and its figure ("killed at least 9"). */
const BOUND_WORDS = new Set(["at", "least", "more", "than", "over", "about", "nearly", "almost", "some", "around", "up", "to", "roughly", "approximately", "as", "many"]);

/**
 * The scope of the figure at `site`: a running total, an incident or a period, with the rule and
 * the words that decided it; unscoped when the text says none.
 */
export function scopeOf(rules: ScopeRules, t: ScopeText, site: ScopeSite): ScopeFinding | null {
  const { figure: f, window: win, content, text } = site;
  // The words before the figure back to a strong mark (an attack named before a comma still kills:
  // "a strike on Kupiansk, a town near the front, killed 7"); the figure's clause, back to a comma
  // and inside the claim's content (",... the ministry said on Tuesday" is when it was said); and
  // the words after it up to the next comma.
  const beforeStart = lastMatchEnd(STRONG_MARK, text, win.start, f.start);
  let clauseStart = lastMatchEnd(COMMA, text, beforeStart, f.start);
  let afterEnd = Math.min(firstMatchStart(STRONG_MARK, text, f.end, win.end), firstMatchStart(COMMA, text, f.end, win.end));
  if (content && inside(f, content)) {
    clauseStart = Math.max(clauseStart, content.start);
    afterEnd = Math.min(afterEnd, content.end);
  }
  // A short clause fronted before the sentence's first comma ("Last week, shelling in El Fasher
  // killed 28 people"), when no figure comes before this one; not when the figure is a claim's
  // content and the clause is not: "On Tuesday, the ministry said ..." is when it was said.
  const firstComma = firstMatchStart(COMMA, text, win.start, f.start);
  const frontToks = win.start === site.sentence.start && firstComma < f.start ? tokens(text.slice(win.start, firstComma), win.start) : [];
  const fronted: Span | null =
    frontToks.length > 0 && frontToks.length <= FRONTED_WORDS && (!content || !inside(f, content) || content.start <= win.start) ? { start: win.start, end: firstComma } : null;
  const before = tokens(text.slice(beforeStart, f.start), beforeStart);
  const after = tokens(text.slice(f.end, afterEnd), f.end);

  // 1. A running total.
  const since = (toks: Tok[]): { words: string[]; recent: TimeExpression | null } | null => {
    for (let i = 0; i < toks.length; i++) {
      if (toks[i]!.w !== "since") continue;
      const reach = toks.slice(i + 1, i + 1 + rules.sinceReach);
      const noun = reach.find((tk) => rules.sinceNouns.has(tk.w));
      const time = t.times.find((tm) => tm.start >= toks[i]!.end && tm.start - toks[i]!.end <= 5 && tm.type === "DATE");
      if (time) {
        const v = time.begin ?? time.value;
        const recent = isDay(v) && dayNumber(site.date) - dayNumber(v) <= rules.recentDays && dayNumber(site.date) >= dayNumber(v);
        return { words: [`since ${time.text}`], recent: recent ? time : null };
      }
      if (noun) return { words: [`since ... ${noun.w}`], recent: null };
    }
    return null;
  };
  const strong: string[] = [];
  const weak: string[] = [];
  let sincePeriod: TimeExpression | null = null;
  // A total's words stand in the figure's own clause ("31 people were killed on Tuesday, bringing
  // the toll since October 2023 to 43,374": the 31 is no total), or in a clause fronted before the
  // sentence's first comma ("Since the start of the war, ...").
  const clauseBefore = tokens(text.slice(clauseStart, f.start), clauseStart);
  for (const toks of [clauseBefore, after, frontToks]) {
    const s = since(toks);
    if (s?.recent) sincePeriod ??= s.recent;
    else if (s) strong.push(...s.words);
    for (let i = 0; i < toks.length; i++) {
      const st = has(toks, i, rules.totalStrong);
      if (st) strong.push(st);
      const wk = has(toks, i, rules.totalWeak);
      if (wk) weak.push(wk);
    }
  }
  // "bringing the death toll since October 2023 to 43,374": a verb of raising, then "to" right before the figure.
  let lastTo = clauseBefore.length - 1;
  while (lastTo >= 0 && BOUND_WORDS.has(clauseBefore[lastTo]!.w) && clauseBefore[lastTo]!.w !== "to") lastTo--;
  if (lastTo >= 0 && clauseBefore[lastTo]!.w === "to") {
    for (let i = lastTo - 1; i >= 0; i--) {
      if (!rules.bringing.has(clauseBefore[i]!.w)) continue;
      strong.push(`${clauseBefore[i]!.w} ... to`);
      break;
    }
  }
  // "By yesterday evening, the South Ossetians counted two dead": a count up to a time.
  const upTo = t.times.find(
    (tm) =>
      ((tm.start >= clauseStart && tm.end <= afterEnd) || (frontToks.length > 0 && tm.start >= win.start && tm.end <= firstComma)) &&
      /\bby\s+$/i.test(text.slice(Math.max(0, tm.start - 4), tm.start)),
  );
  if (upTo) strong.push(`by ${upTo.text}`);
  if (strong.length) return { scope: { kind: "total", key: null }, why: { rule: "scope/total", matched: strong } };

  // 2. One incident: an attack in the singular, the subject of a harm verb right before the figure,
  // a toll "from" it, or the figure killed "in" or "by" it.
  let incident: { via: "verb" | "toll" | "after"; matched: string[]; stretch: Span; definite: boolean } | null = null;
  const definite = (toks: Tok[], i: number): boolean => {
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      if (toks[k]!.w === "the" || toks[k]!.w === "this" || toks[k]!.w === "that") return true;
      if (toks[k]!.w === "a" || toks[k]!.w === "an" || NAME_LEAD.has(toks[k]!.w)) return false;
    }
    return false;
  };
  {
    let v = before.length - 1;
    while (v >= 0 && BOUND_WORDS.has(before[v]!.w)) v--;
    const verb = v >= 0 && rules.harmVerbs.has(before[v]!.w) ? before[v]! : null;
    for (let i = 0; i < before.length && !incident; i++) {
      const noun = has(before, i, rules.incidentNouns);
      // "continued to strike Gaza": a verb, not an attack.
      if (!noun || before[i - 1]?.w === "to") continue;
      const end = before[i + noun.split(" ").length - 1]!;
      // "the toll from the attack on Kharkiv rose to 6", "the number killed in the strike"
      const lead = before.slice(Math.max(0, i - 5), i);
      const toll = before.slice(Math.max(0, i - 8), i).find((tk) => rules.tollWords.has(tk.w));
      const link = lead.find((tk) => tk.w === "from" || tk.w === "in" || tk.w === "of");
      if (toll && link) incident = { via: "toll", matched: [`${toll.w} ${link.w} ${noun}`], stretch: { start: before[i]!.start, end: f.start }, definite: definite(before, i) };
      else if (verb && verb.start > end.end) incident = { via: "verb", matched: [noun, verb.w], stretch: { start: before[i]!.start, end: verb.start }, definite: definite(before, i) };
    }
    // "Russia's attack on Ukraine has killed 11,700 civilians": a noun that may name a whole
    // campaign, a perfect tense and no name finer than a country tell of a war's running toll.
    if (
      incident?.via === "verb" && rules.campaignNouns.has(incident.matched[0]!) && before[v - 1] && PERFECT.has(before[v - 1]!.w) &&
      incidentNames(t, text, incident.stretch, site.place).length === 0
    )
      incident = null;
    if (!incident) {
      // "9 people were killed in an Israeli strike on a school"
      for (let i = 1; i < after.length && !incident; i++) {
        const noun = has(after, i, rules.incidentNouns);
        if (!noun) continue;
        const lead = after.slice(Math.max(0, i - 4), i).find((tk) => tk.w === "in" || tk.w === "by" || tk.w === "during" || tk.w === "from");
        if (lead && after.slice(0, i).some((tk) => rules.harmVerbs.has(tk.w) || tk.w === "died" || tk.w === "dead"))
          incident = { via: "after", matched: [`${lead.w} ... ${noun}`], stretch: { start: after[i]!.start, end: afterEnd }, definite: definite(after, i) };
      }
    }
  }
  if (incident) {
    const names = incidentNames(t, text, incident.stretch, site.place);
    return {
      scope: { kind: "incident", key: names.length ? names.join("+") : null },
      why: { rule: "scope/incident", matched: [...incident.matched, ...names.map((n) => `name:${n}`)] },
      definite: incident.definite,
    };
  }
  if (weak.length) return { scope: { kind: "total", key: null }, why: { rule: "scope/total-weak", matched: weak } };

  // 3. A period: a day, night or week the clause names, or a phrase of the claim date's day.
  if (sincePeriod) return { scope: { kind: "period", key: `since ${(sincePeriod.begin ?? sincePeriod.value).slice(0, 10)}` }, why: { rule: "scope/period-since", matched: [`since ${sincePeriod.text}`] } };
  const clause: Span = { start: clauseStart, end: afterEnd };
  const spans: Span[] = [clause];
  if (fronted) spans.push(fronted);
  for (const sp of spans) {
    const time = t.times.find(
      (tm) => inside(tm, sp) && !tm.begin && !UP_TO.test(text.slice(Math.max(0, tm.start - 8), tm.start)) && ((tm.type === "DATE" && (tm.granularity === "day" || tm.granularity === "week")) || (tm.type === "TIME" && tm.granularity === "part-of-day")),
    );
    if (time) return { scope: { kind: "period", key: time.value }, why: { rule: "scope/period-time", matched: [time.text] } };
  }
  const clauseToks = [...clauseBefore, ...after, ...(fronted ? frontToks : [])];
  for (const p of rules.periodPhrases)
    if (findPhrase(clauseToks, p) >= 0) return { scope: { kind: "period", key: `${site.date}/day` }, why: { rule: "scope/period-phrase", matched: [p] } };
  for (const p of rules.weekPhrases)
    if (findPhrase(clauseToks, p) >= 0) return { scope: { kind: "period", key: `${site.date}/week` }, why: { rule: "scope/period-phrase", matched: [p] } };
  return null;
}

/** Whether two scoped figures can count the same quantity (and so agree or dispute). */
export function sameScope(a: Scope | undefined, b: Scope | undefined): boolean {
  const x = a ?? UNSCOPED;
  const y = b ?? UNSCOPED;
  if (x.kind !== y.kind) return false;
  if (x.kind === "period") return x.key === y.key;
  if (x.kind === "incident") {
    // Two incidents are one when they share a name; two unnamed ones may be any two attacks.
    if (x.key === null || y.key === null) return false;
    const names = new Set(x.key.split("+"));
    return y.key.split("+").some((n) => names.has(n));
  }
  return true;
}

/** The scope as the proposition id's last part ("" when unscoped). */
export function scopePart(s: Scope | undefined): string {
  if (!s || s.kind === "unscoped") return "";
  if (s.kind === "total") return "|total";
  return `|${s.kind}:${s.key ?? "?"}`;
}

/** A scope in words: a proposition's ("in one period (2024-11-05)") or a series' (key null: "period tolls"). */
export function scopeLabel(s: Scope | undefined): string {
  if (!s || s.kind === "unscoped") return "";
  if (s.kind === "total") return "running total";
  if (s.kind === "period") return s.key ? `in one period (${s.key})` : "tolls of one period each";
  return s.key ? `in one incident (${s.key})` : "tolls of single incidents";
}
