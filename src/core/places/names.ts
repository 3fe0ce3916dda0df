// Turns a place name into the key the gazetteer is indexed by: the lower-cased token sequence the
// document tokenizer would produce for it, joined by single spaces. Using the tokenizer itself keeps
// names and article text in step ("St. Petersburg", "Rostov-on-Don", "Martha's Vineyard").
import { tokenize } from "../segment/tokenize.js";

// Words of letters joined by single spaces or inner hyphens tokenize to themselves, lower-cased;
// checking that first skips the tokenizer for nearly every name (it is the loader's hot path).
const PLAIN = /^[A-Za-z]+(?:[ -][A-Za-z]+)*$/;
const PLAIN_UNICODE = /^[\p{L}\p{M}]+(?:[ -][\p{L}\p{M}]+)*$/u;
/** Latin letters with marks (and marks alone): the only ones folding changes. */
const FOLDABLE = /[\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff]/;
const COMBINING = /[\u0300-\u036f]/g;

export function nameKey(name: string): string {
  if (PLAIN.test(name)) return name.toLowerCase();
  const trimmed = name.trim();
  if (PLAIN_UNICODE.test(trimmed)) return trimmed.toLowerCase();
  return tokenize(trimmed).lower.join(" ");
}

/** Letters NFD leaves whole: Turkish dotless i, Polish ł, Nordic ø, ß. */
const WHOLE_LETTERS = /[ıłøđß]/g;
const WHOLE_LETTER_FOLD: Record<string, string> = { ı: "i", ł: "l", ø: "o", đ: "d", ß: "ss" };

/** The accent-free form of a key ("são paulo" -> "sao paulo", "aydın" -> "aydin"), or null when it has no accents. */
export function foldedKey(key: string): string | null {
  if (!FOLDABLE.test(key)) return null;
  const folded = key.normalize("NFD").replace(COMBINING, "").replace(WHOLE_LETTERS, (c) => WHOLE_LETTER_FOLD[c]);
  return folded === key ? null : folded;
}

// "Saint Cloud" is written "St. Cloud", "Mount Pleasant" "Mt. Pleasant", and the other way round.
const SHORT_FORMS: [RegExp, string[]][] = [
  [/^Saint /, ["St. ", "St "]],
  [/^St\.? /, ["Saint "]],
  [/^Sainte /, ["Ste. ", "Ste "]],
  // French names join "Saint" with a hyphen ("Saint-Marc", "Sainte-Foy"); English text often does not.
  [/^Saint-(?=\p{Lu})/u, ["St. ", "St ", "Saint ", "St-"]],
  [/^Sainte-(?=\p{Lu})/u, ["Ste. ", "Ste ", "Sainte "]],
  [/^Mount /, ["Mt. ", "Mt "]],
  [/^Mt\.? /, ["Mount "]],
  [/^Fort /, ["Ft. "]],
  [/^Ft\.? /, ["Fort "]],
];

/** Other spellings of a name's leading "Saint" ("Saint-"), "Mount" or "Fort" (none for other names). */
export function abbreviationVariants(name: string): string[] {
  for (const [head, forms] of SHORT_FORMS) {
    const m = head.exec(name);
    if (m) return forms.map((f) => f + name.slice(m[0].length));
  }
  return [];
}

const PARTICLE_SPACED = /\b(De|La|Le|Du) (?=[A-Z][a-z])/g;
const PARTICLE_JOINED = /\b(De|La|Le|Du)(?=[A-Z][a-z])/g;

/** A French or Spanish particle written apart or joined: "De Soto" and "DeSoto", "LaSalle" and "La Salle". */
export function particleVariant(name: string): string | null {
  const joined = name.replace(PARTICLE_SPACED, "$1");
  if (joined !== name) return joined;
  const spaced = name.replace(PARTICLE_JOINED, "$1 ");
  return spaced !== name ? spaced : null;
}

const UK_APOSTROPHES = /['’ʼ‘]/g;
const UK_IOTATED = /(?<=[A-Za-z])y([aeu])/g;
const UK_YI = /(?<=[aeiou])yi(?=[bcdfghj-np-tv-z])/g;
const UK_SHORT_I = /(?<=[aeiou])y(?=[bcdfghj-np-tv-z]|\b)/g;
const UK_ADJECTIVE_END = /yy\b/g;

/**
 * The spelling of Ukraine's national transliteration (2010), which news has used since 2022, of a
 * name GeoNames gives in the older BGN/PCGN form: я, ю, є inside a word are "ia", "iu", "ie"
 * ("Dobropillya" -> "Dobropillia", "Syevyerodonets'k" -> "Sievierodonetsk"), ї after a vowel "i"
 * ("Avdiyivka" -> "Avdiivka"), й after a vowel "i" ("Hulyaypole" -> "Huliaipole"), the ending -ий
 * "yi" ("Pervomays'kyy" -> "Pervomaiskyi"); the soft sign's apostrophe is dropped. Null when the
 * name reads the same.
 */
export function ukrainianNationalSpelling(name: string): string | null {
  const plain = name.replace(UK_APOSTROPHES, "");
  const out = plain.replace(UK_IOTATED, "i$1").replace(UK_YI, "i").replace(UK_SHORT_I, "i").replace(UK_ADJECTIVE_END, "yi");
  return out === plain ? null : out;
}
