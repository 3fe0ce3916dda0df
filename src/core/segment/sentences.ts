// Sentence boundaries from the token stream: terminal punctuation (with the closing quotes and
// brackets that follow it), acronyms before a sentence starter, blank lines, and short heading lines.
import { SENTENCE_FINAL_ABBREVIATIONS, SENTENCE_STARTERS } from "./abbreviations.js";
import { Break, TokenKind, isAllCaps, isDigit, isUpper, type Tokens } from "./tokenize.js";

export interface SentenceSplit {
  /** Token index where each sentence begins, and one past its last token. */
  first: Int32Array;
  last: Int32Array;
  count: number;
}

const HEADING_MAX_CHARS = 70;

/**
 * Longest run of tokens taken as one sentence. Real sentences stay far below it (a long one has
 * 80-150 tokens); text with no full stops (a list, a table, a hostile file) is cut into pieces of
 * this size, so that no layer's work on a sentence grows without bound.
 */
const MAX_SENTENCE_TOKENS = 400;

function isTerminal(lower: string): boolean {
  return lower === "." || lower === "!" || lower === "?" || lower === "\u2026";
}

function isCloser(lower: string): boolean {
  return lower === '"' || lower === "\u201d" || lower === "\u2019" || lower === "'" || lower === ")" || lower === "]" || lower === "\u00bb";
}

function startsLikeSentence(text: string, tokens: Tokens, t: number): boolean {
  const k = tokens.kind[t];
  if (k === TokenKind.Quote || k === TokenKind.Number) return true;
  const c = text.charCodeAt(tokens.start[t]);
  return isUpper(c) || isDigit(c) || c === 40 || c === 91 || c === 0x2014 || c === 45;
}

/** Verbs of a short attribution that closes a quotation: '"... over?" Clinton said.' */
const ATTRIBUTION_VERBS = new Set(["said", "says", "added", "asked", "told", "wrote", "explained", "continued", "insisted", "replied", "noted", "recalled", "warned", "argued", "tweeted"]);

/** A name or pronoun of up to four words, then an attribution verb. */
function attributionFollows(tokens: Tokens, u: number, period: boolean): boolean {
  for (let k = u; k < tokens.count && k < u + 5; k++) {
    if (ATTRIBUTION_VERBS.has(tokens.lower[k])) return (k > u || tokens.kind[k] === TokenKind.Word) && (!period || attributionTail(tokens, k + 1));
    if (tokens.kind[k] !== TokenKind.Word && tokens.kind[k] !== TokenKind.Abbrev && tokens.kind[k] !== TokenKind.Acronym) return false;
  }
  return false;
}

/**
 * After a quotation closed by a full stop, '"We hold." Zelenskiy said.' is an attribution only
 * when the verb ends its clause within a few words; '"ongoing." He said the FBI had ...' starts a
 * new sentence.
 */
function attributionTail(tokens: Tokens, v: number): boolean {
  for (let k = v; k < tokens.count && k < v + 5; k++) {
    const w = tokens.lower[k];
    if (isTerminal(w) || w === "," || w === ";") return true;
    if (w === "that" || tokens.kind[k] === TokenKind.Quote) return false;
  }
  return false;
}

const MAX_PARENTHESIS_TOKENS = 8;

/** Whether token `t` stands inside a parenthesis opened a few tokens before and closed a few after. */
function insideShortParenthesis(text: string, tokens: Tokens, t: number, begin: number): boolean {
  let open = -1;
  for (let k = t - 1; k >= begin && k >= t - MAX_PARENTHESIS_TOKENS; k--) {
    const w = tokens.lower[k];
    if (w === ")") return false;
    if (w === "(") {
      open = k;
      break;
    }
  }
  if (open < 0) return false;
  for (let k = t + 1; k < tokens.count && k <= open + MAX_PARENTHESIS_TOKENS; k++) {
    const w = tokens.lower[k];
    // "(D-N.Y.) said" goes on; "(see map.) Then ..." ends at the parenthesis.
    if (w === ")") return k + 1 < tokens.count && tokens.breakBefore[k + 1] < Break.Newline && !startsLikeSentence(text, tokens, k + 1);
    if (tokens.breakBefore[k] >= Break.Newline || w === "(" || (tokens.kind[k] === TokenKind.Punct && isTerminal(w) && k > t + 1)) return false;
  }
  return false;
}

/** Most tokens a dateline spans before its dash: "KYIV, Nov 24 (Reuters) -". */
const MAX_DATELINE_TOKENS = 12;

function isDash(w: string): boolean {
  return w === "-" || w === "\u2014" || w === "\u2013" || w === "--";
}

function isAllCapsWord(text: string, tokens: Tokens, t: number): boolean {
  const k = tokens.kind[t];
  return (k === TokenKind.Word || k === TokenKind.Acronym || k === TokenKind.Abbrev) && isAllCaps(text, tokens.start[t], tokens.end[t]);
}

/**
 * A wire dateline opening a paragraph, "KYIV, Nov 24 (Reuters) - Russian drones ...": a place in
 * capitals, then capitalised words, numbers, commas and one parenthesis, closed by a dash before
 * a capitalised word. Returns the token after the dash, or -1. The dateline is a sentence of its
 * own, so that no layer reads it as part of the first sentence (a claim's content, a subject).
 */
function datelineEnd(text: string, tokens: Tokens, t: number): number {
  if (!isAllCapsWord(text, tokens, t)) return -1;
  for (let k = t + 1; k < tokens.count && k <= t + MAX_DATELINE_TOKENS; k++) {
    if (tokens.breakBefore[k] >= Break.Newline) return -1;
    const w = tokens.lower[k];
    if (isDash(w)) return k + 1 < tokens.count && tokens.breakBefore[k + 1] !== Break.None && startsLikeSentence(text, tokens, k + 1) && tokens.kind[k + 1] !== TokenKind.Number ? k + 1 : -1;
    const kind = tokens.kind[k];
    const capital = kind !== TokenKind.Punct && kind !== TokenKind.Quote && (kind === TokenKind.Number || isUpper(text.charCodeAt(tokens.start[k])));
    if (!capital && w !== "," && w !== "(" && w !== ")" && w !== "." && w !== "/") return -1;
  }
  return -1;
}

export function splitSentences(text: string, tokens: Tokens): SentenceSplit {
  const n = tokens.count;
  const first = new Int32Array(n + 1);
  const last = new Int32Array(n + 1);
  let count = 0;
  let begin = 0;
  let lineStart = 0; // char offset where the current line began
  const close = (endTok: number): void => {
    if (endTok > begin) {
      first[count] = begin;
      last[count] = endTok;
      count++;
    }
    begin = endTok;
  };
  for (let t = 0; t < n; t++) {
    const brk = tokens.breakBefore[t];
    if (t > begin && brk === Break.Paragraph) close(t);
    else if (t > begin && brk === Break.Newline) {
      // A short line with no terminal punctuation followed by a capitalised line is a heading.
      const prevEnd = tokens.end[t - 1];
      const prevLower = tokens.lower[t - 1];
      if (prevEnd - lineStart <= HEADING_MAX_CHARS && !isTerminal(prevLower) && startsLikeSentence(text, tokens, t) && !/[,;:(\-]$/.test(prevLower)) close(t);
    }
    if (brk >= Break.Newline) lineStart = tokens.start[t];
    if (t === begin && (t === 0 || brk >= Break.Newline)) {
      const after = datelineEnd(text, tokens, t);
      if (after > 0) {
        close(after);
        t = after - 1;
        continue;
      }
    }
    const lower = tokens.lower[t];
    const kind = tokens.kind[t];
    let boundary = -1;
    if (kind === TokenKind.Punct && isTerminal(lower) && insideShortParenthesis(text, tokens, t, begin)) {
      // "Rep. Ann Ray (R-S.C.) said": a full stop inside a short parenthetical ends nothing.
    } else if (kind === TokenKind.Punct && isTerminal(lower)) {
      let u = t + 1;
      // Absorb repeated terminal marks and closing quotes/brackets glued to the punctuation.
      while (u < n && tokens.breakBefore[u] === Break.None && (isTerminal(tokens.lower[u]) || isCloser(tokens.lower[u]))) u++;
      const quoted = u > t + 1 && isCloser(tokens.lower[u - 1]);
      if (u >= n || tokens.breakBefore[u] >= Break.Newline || (startsLikeSentence(text, tokens, u) && !(quoted && attributionFollows(tokens, u, lower === ".")))) boundary = u;
      t = u - 1;
    } else if (kind === TokenKind.Acronym || (kind === TokenKind.Abbrev && SENTENCE_FINAL_ABBREVIATIONS.has(lower.slice(0, -1)))) {
      const u = t + 1;
      if (u < n && (tokens.breakBefore[u] >= Break.Newline || (isUpper(text.charCodeAt(tokens.start[u])) && SENTENCE_STARTERS.has(tokens.lower[u])))) boundary = u;
    }
    if (boundary > 0) close(boundary);
    else if (t + 1 - begin >= MAX_SENTENCE_TOKENS) close(t + 1);
  }
  close(n);
  return { first: first.subarray(0, count), last: last.subarray(0, count), count };
}
