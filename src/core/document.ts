// The shared document every stage reads: the article, its tokens and its sentences. Stages read
// these (and earlier stages' results) and never re-tokenise the text their own way.
import type { Article, Sentence } from "./types.js";
import { splitSentences } from "./segment/sentences.js";
import { tokenize, type Tokens } from "./segment/tokenize.js";
import { WORD_GATES, type WordScan } from "./segment/word-gates.js";

export interface Doc {
  article: Article;
  text: string;
  tokens: Tokens;
  sentences: Sentence[];
  /** Token range of each sentence: [sentenceFirst[s], sentenceLast[s]). */
  sentenceFirst: Int32Array;
  sentenceLast: Int32Array;
  /** Sentence index of each token. */
  sentenceOfToken: Int32Array;
  /** Each token's word gates and word id, computed when first read: use wordGates(doc) and wordIds(doc). */
  words: WordScan | null;
  /** How many tables `words` was computed with (WordGates.tables). */
  gateTables: number;
}

export function buildDoc(article: Article): Doc {
  const text = article.text;
  const tokens = tokenize(text);
  const split = splitSentences(text, tokens);
  const sentences: Sentence[] = new Array(split.count);
  const sentenceOfToken = new Int32Array(tokens.count);
  for (let s = 0; s < split.count; s++) {
    const a = split.first[s];
    const b = split.last[s];
    sentences[s] = { start: tokens.start[a], end: tokens.end[b - 1] };
    sentenceOfToken.fill(s, a, b);
  }
  return { article, text, tokens, sentences, sentenceFirst: split.first, sentenceLast: split.last, sentenceOfToken, words: null, gateTables: 0 };
}

/**
 * Which layers' per-token tables hold each token's lower-cased form (segment/word-gates.ts):
 * computed once per document, and again only if a layer claimed a table since.
 */
export function wordGates(doc: Doc): Uint32Array {
  return scanWords(doc).gates;
}

/** Each token's word id (segment/word-gates.ts), -1 for a word no table holds; computed with the gates. */
export function wordIds(doc: Doc): Int32Array {
  return scanWords(doc).ids;
}

function scanWords(doc: Doc): WordScan {
  if (doc.words === null || doc.gateTables !== WORD_GATES.tables) {
    doc.words = WORD_GATES.scan(doc.tokens.lower, doc.tokens.count);
    doc.gateTables = WORD_GATES.tables;
  }
  return doc.words;
}

/** Index of the first token that ends after `offset` (tokens.count when none). */
export function tokenAtOrAfter(doc: Doc, offset: number): number {
  const end = doc.tokens.end;
  let lo = 0;
  let hi = doc.tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (end[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sentence index that contains `offset` (the nearest one before it when between sentences). */
export function sentenceAt(doc: Doc, offset: number): number {
  const sentences = doc.sentences;
  let lo = 0;
  let hi = sentences.length - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function spanText(doc: Doc, start: number, end: number): { start: number; end: number; text: string } {
  return { start, end, text: doc.text.slice(start, end) };
}
