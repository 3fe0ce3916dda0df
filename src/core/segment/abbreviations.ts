// Abbreviations that keep their full stop inside the token. Titles and month names never end a
// sentence; the geographic and organisational ones ("U.S.") may, when a sentence starter follows.

/** Lower-cased, without the final full stop. */
export const TITLE_ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm",
  "cmdr", "brig", "gov", "sen", "rep", "rev", "hon", "pres", "amb", "st", "ste", "mt", "ft", "messrs", "sr", "jr",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "no", "nos", "vol", "fig", "approx", "est", "vs", "v", "cf", "e.g", "i.e", "etc", "al",
  "co", "corp", "inc", "ltd", "bros", "dept", "univ", "assn", "ave", "blvd", "rd",
]);

/** Abbreviations that can close a sentence ("... involvement of the U.S. The ..."). */
export const SENTENCE_FINAL_ABBREVIATIONS = new Set(["etc", "inc", "corp", "co", "ltd", "jr", "sr", "al"]);

/** Words that start a new sentence after an ambiguous abbreviation such as "U.S.". */
export const SENTENCE_STARTERS = new Set([
  "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "at", "this", "that",
  "these", "those", "there", "his", "her", "its", "their", "our", "after", "before", "when", "while", "as",
  "if", "however", "meanwhile", "officials", "according",
]);
