// A name joined by a hyphen to a participle of backing or ruling: "Rwanda-backed M23 rebels",
// "the Hamas-run health ministry". The patron of a backed group is not its voice; the ruler of a
// run body is.

const PATRON_ENDINGS = "backed|aligned|allied|funded|sponsored|supported|linked|affiliated|armed";
const RULER_ENDINGS = "run|controlled|led|installed|appointed|held|governed|administered";

/** A patron joined to what follows ("Iran-backed"): who supports the speaker, not who speaks. */
export const PATRON = new RegExp(`[\\p{L}.]+-(?:${PATRON_ENDINGS})\\b`, "u");

/** A ruler joined to a body ("Hamas-run", "Russian-installed"), the ruler's name captured: the body speaks for it. */
export const RULER = new RegExp(`([\\p{L}.]+)-(?:${RULER_ENDINGS})\\b`, "u");

/** A lower-cased token that is such a compound ("rwanda-backed", "saudi-led"). */
export const HYPHEN_OWNER_TOKEN = new RegExp(`-(?:${PATRON_ENDINGS}|${RULER_ENDINGS})$`);
