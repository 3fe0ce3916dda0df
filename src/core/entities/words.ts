// Closed word lists the entity recogniser uses to type capitalised runs. Lower case.

/** Head words that make a capitalised run an organisation ("Institute for the Study of War"). */
export const ORG_HEADS = new Set([
  "ministry", "ministries", "department", "agency", "service", "guard", "army", "forces", "force", "command",
  "council", "committee", "party", "institute", "university", "bank", "company", "corporation", "corp.", "inc.",
  "group", "organization", "organisation", "office", "court", "parliament", "assembly", "commission", "union",
  "alliance", "news", "times", "post", "journal", "press", "network", "channel", "staff", "brigade", "regiment",
  "battalion", "division", "fleet", "navy", "police", "congress", "senate", "administration", "campaign",
  "foundation", "association", "federation", "board", "authority", "centre", "center", "bureau", "directorate",
  "airlines", "airways", "motors", "industries", "systems", "telegraph", "tribune", "herald", "gazette", "review",
  "magazine", "radio", "television", "tv", "broadcasting", "watch", "fund", "coalition", "movement", "front",
]);

/** Lower-case words allowed inside a capitalised run when an organisation head closes it. */
export const RUN_CONNECTORS = new Set(["of", "for", "the", "and", "on", "de", "al", "&"]);

/** Lower-case particles inside a person's name ("Mohammed bin Salman", "Ursula von der Leyen"). */
export const NAME_PARTICLES = new Set(["bin", "ibn", "bint", "al", "el", "von", "van", "der", "den", "de", "da", "di", "du", "la", "le"]);

/** Words after a name that show the name is a speaker ("Podolyaka said"). */
export const REPORTING_AFTER_NAME = new Set([
  "said", "says", "told", "added", "wrote", "claimed", "claims", "stated", "announced", "noted", "argued",
  "insisted", "warned", "explained", "confirmed", "denied", "accused", "tweeted", "posted", "declared", "asked",
  "replied", "responded", "suggested", "estimated", "predicted", "promised", "vowed",
]);

/** Capitalised words that never begin a name: pronouns, determiners and other sentence openers. */
export const NOT_NAMES = new Set([
  "i", "he", "she", "it", "we", "they", "you", "his", "her", "its", "our", "their", "my", "your", "this", "that",
  "these", "those", "there", "here", "the", "a", "an", "but", "and", "or", "so", "yet", "if", "when", "while",
  "as", "after", "before", "since", "because", "although", "though", "in", "on", "at", "by", "for", "with",
  "from", "to", "of", "about", "meanwhile", "however", "still", "also", "then", "now", "some", "many", "most",
  "all", "both", "each", "other", "others", "another", "one", "no", "not", "what", "which", "who", "whom", "why",
  "how", "where", "according", "asked", "officials", "sources", "residents", "analysts", "experts", "critics",
]);
