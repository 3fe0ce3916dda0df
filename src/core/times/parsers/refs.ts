// Times TIMEX3 leaves deictic: "now", "currently" (PRESENT_REF), "recently", "in recent months",
// "in the past" (PAST_REF), "soon", "in the coming weeks", "the future" (FUTURE_REF).
import type { Parser } from "../model.js";
import { durationValue, unitOf } from "../lexicon.js";
import { isPastForm } from "../tense.js";
import { found, neighbour } from "./found.js";

const SPAN_BEFORE = new Set(["in", "over", "during", "for", "within", "throughout"]);

const WORD_REF: Record<string, string> = {
  now: "PRESENT_REF", currently: "PRESENT_REF", nowadays: "PRESENT_REF", presently: "PRESENT_REF",
  recently: "PAST_REF", lately: "PAST_REF", soon: "FUTURE_REF",
};

export const refWord: Parser = {
  rule: "ref",
  triggers: Object.keys(WORD_REF),
  pattern: /(now|currently|nowadays|presently|recently|lately|soon)(?![\w-])/iy,
  extract(m, site) {
    const word = m[1].toLowerCase();
    const before = neighbour(site, -1);
    // "as soon as", "right now" is fine; "now that" still refers to the present.
    if (word === "soon" && (before === "as" || neighbour(site, 1) === "after")) return null;
    // "was soon released", "soon became a flood": shortly after a past time, not ahead of the report.
    if (word === "soon" && (before === "was" || before === "were" || before === "had" || isPastForm(neighbour(site, 1)))) return null;
    return found(m, WORD_REF[word], "DATE", "ref", `ref/${word}`);
  },
};

const PHRASE_REF: Record<string, string> = {
  past: "PAST_REF", recent: "PAST_REF", future: "FUTURE_REF", coming: "FUTURE_REF", next: "FUTURE_REF", present: "PRESENT_REF",
};

export const refPhrase: Parser = {
  rule: "ref/phrase",
  triggers: ["the", "recent", "past", "coming", "next", "these", "at"],
  after: { the: ["past", "recent", "coming", "next", "future", "present", "near", "short", "near-", "short-"] },
  pattern:
    /(?:(?:the\s+)?(?:(past|recent|coming|next)\s+(?:few\s+|several\s+)?(?:days|weeks|months|years|decades))|the\s+(past|future|present)(?!\s+(?:tense|participle|perfect))|(these)\s+days|at\s+(present)|at\s+the\s+(moment)|the\s+(?:near|short)[\s-]+(term|future))(?![\w-])/iy,
  extract(m, site) {
    const key = (m[1] ?? m[2] ?? "").toLowerCase();
    if (m[3] || m[4] || m[5]) return found(m, "PRESENT_REF", "DATE", "ref", "ref/present");
    if (m[6]) return found(m, "FUTURE_REF", "DATE", "ref", "ref/near-future");
    // "the past two months" is a duration, matched by the duration parser (longer wins).
    if (key === "next" && !/^the/i.test(m[0])) return null;
    if (key === "future" && neighbour(site, 2) === "of") return null; // "the future of Ukraine"
    // "in recent months", "over the coming weeks": a stretch of unstated length (TimeML's PXM);
    // elsewhere ("the boom of recent years") the words only point back or ahead.
    const unit = /(day|week|month|year|decade)s$/i.exec(m[0]);
    if ((key === "recent" || key === "coming") && unit && SPAN_BEFORE.has(neighbour(site, -1))) {
      return found(m, durationValue("X", unitOf(unit[0])), "DURATION", "duration", `ref/${key}-span`);
    }
    return found(m, PHRASE_REF[key], "DATE", "ref", `ref/${key}`);
  },
};
