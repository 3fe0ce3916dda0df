// HTML pages and fragments to articles. The page's main text is found by Mozilla Readability (the
// Firefox reader view) over a linkedom DOM; the date, title, outlet and address come from the page
// metadata. Article.text is the extracted plain text, so extraction offsets index it exactly.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Article } from "../core/types.js";
import { InputError, checkArticle, type FieldCheckOptions } from "./article-fields.js";
import { dropFurniture, htmlText } from "./html-text.js";
import { pageMetadata } from "./html-metadata.js";
import { nestingDepth } from "./html-nesting.js";

export interface HtmlOptions extends FieldCheckOptions {
  /** Publication date to use when the page's metadata gives none (--date). */
  date?: string;
}

/**
 * Readability recurses over the tree and rescans it several times: past these sizes it would
 * overflow the stack or take seconds, so such pages fall back to the text of the whole body.
 */
const READABILITY_MAX_DEPTH = 256;
const READABILITY_MAX_ELEMENTS = 15_000;

/** Deeper pages are refused (real pages nest a few dozen levels); feed item HTML is held tighter. */
const MAX_PAGE_NESTING = 16_000;
const MAX_FRAGMENT_NESTING = 1_000;

export function parseHtmlPage(where: string, html: string, options: HtmlOptions, fetchedUrl?: string): Article {
  const document = parseDocumentHtml(where, html, MAX_PAGE_NESTING);
  const metadata = pageMetadata(document);
  const date = metadata.date ?? options.date;
  if (!date) throw new InputError(where, "no publication date in the page metadata; give one with --date YYYY-MM-DD");
  const text = mainText(document);
  if (text === "") throw new InputError(where, "no text found in the page");
  return checkArticle(where, { date, title: metadata.title, source: metadata.source, url: metadata.url ?? fetchedUrl, text }, options);
}

/** Text of an HTML fragment such as a feed item's description. */
export function htmlFragmentText(where: string, html: string): string {
  return htmlText(parseDocumentHtml(where, html, MAX_FRAGMENT_NESTING).body);
}

/**
 * linkedom builds the tree as written and does not create the implied <html> and <body> of HTML5
 * parsing, so text outside a missing <body> would be lost: such input is wrapped in one first.
 */
function parseDocumentHtml(where: string, html: string, maxNesting: number): Document {
  if (nestingDepth(html) > maxNesting) throw new InputError(where, `HTML elements nested more than ${maxNesting} deep; refusing to parse it`);
  const markup = /<body[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(markup);
  if (document.body) dropFurniture(document.body);
  return document;
}

function mainText(document: Document): string {
  const body = document.body;
  // Taken first: Readability rewrites the document, and this is the answer whenever it fails.
  const wholeBody = htmlText(body);
  if (!withinReadabilityLimits(body)) return wholeBody;
  try {
    // The serializer hands back the content element itself: no HTML round trip.
    const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
    const text = article?.content ? htmlText(article.content) : "";
    return text !== "" ? text : wholeBody;
  } catch {
    return wholeBody; // Readability gives up on some malformed pages
  }
}

function withinReadabilityLimits(root: Node): boolean {
  let elements = 0;
  let depth = 0;
  let node: Node | null = root;
  while (node !== null) {
    if (node.nodeType === 1 && ++elements > READABILITY_MAX_ELEMENTS) return false;
    if (node.firstChild !== null) {
      node = node.firstChild;
      if (++depth > READABILITY_MAX_DEPTH) return false;
      continue;
    }
    while (node !== null && node !== root && node.nextSibling === null) {
      node = node.parentNode;
      depth--;
    }
    node = node === null || node === root ? null : node.nextSibling;
  }
  return true;
}
