// Whether a token is capitalised, as the recognizer and its helpers read it. One module-level
// function rather than a closure per document, so optimised callers keep one call target.
import type { Doc } from "../document.js";
import { TokenKind } from "../segment/tokenize.js";

/** A word, acronym or abbreviation whose first letter is a capital (false outside the text's tokens). */
export function capitalisedToken(doc: Doc, t: number): boolean {
  const tokens = doc.tokens;
  if (t < 0 || t >= tokens.count) return false;
  const k = tokens.kind[t];
  if (k !== TokenKind.Word && k !== TokenKind.Acronym && k !== TokenKind.Abbrev) return false;
  const text = doc.text;
  const s = tokens.start[t];
  const c = text.charCodeAt(s);
  return c >= 65 && c <= 90 ? true : c > 127 && text[s] !== text[s].toLowerCase();
}
