// The publication date, title, outlet and address a page states about itself, from (in order of
// trust) JSON-LD NewsArticle data, Open Graph / article meta tags, other meta tags, <time datetime>
// and <title>. Read before the main-text extraction, which rewrites the document.
import { publicationDate } from "./dates.js";

export interface PageMetadata {
  date: string | null;
  title: string | null;
  source: string | null;
  url: string | null;
}

const ARTICLE_TYPES = new Set(["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "LiveBlogPosting"]);
const DATE_META = ["article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date"];
/** Long enough for any real headline or outlet name; longer values are cut, not refused. */
const MAX_FIELD = 500;

type Json = Record<string, unknown>;

export function pageMetadata(document: Document): PageMetadata {
  const meta = metaValues(document);
  const ld = jsonLdArticle(document);
  const time = document.querySelector("time[datetime]")?.getAttribute("datetime");
  const dateValue = [str(ld?.datePublished), str(ld?.dateCreated), ...DATE_META.map((k) => meta.get(k)), time].find((v) => publicationDate(v) !== null);
  return {
    date: publicationDate(dateValue),
    title: clean(str(ld?.headline) ?? meta.get("og:title") ?? meta.get("twitter:title") ?? documentTitle(document)),
    source: clean(publisherName(ld?.publisher) ?? meta.get("og:site_name") ?? meta.get("application-name")),
    url: httpUrl(meta.get("og:url")) ?? httpUrl(str(ld?.url)) ?? httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute("href")),
  };
}

/** Separators before a site's name in a <title>: "Drone strike hits port | World News". */
const SITE_SUFFIX = /\s+(?:\||-|\u2013|\u2014|::|\u00b7)\s+([^|\u2013\u2014]{1,40})$/;

/**
 * The headline when the page states none in metadata: the page's one <h1> when the <title> begins
 * with it, else the <title> without a trailing site name of a few words.
 */
function documentTitle(document: Document): string | null | undefined {
  const title = document.querySelector("title")?.textContent?.replace(/\s+/g, " ").trim();
  if (!title) return title;
  const headings = document.querySelectorAll("h1");
  const h1 = headings.length === 1 ? headings[0]!.textContent?.replace(/\s+/g, " ").trim() : undefined;
  if (h1 && h1.length >= 10 && title.startsWith(h1)) return h1;
  const suffix = SITE_SUFFIX.exec(title);
  if (suffix && suffix[1]!.trim().split(" ").length <= 4 && title.length - suffix[0].length >= 20) return title.slice(0, suffix.index);
  return title;
}

/** `<meta property|name|itemprop=K content=V>` as a map with lower-case keys; the first value wins. */
function metaValues(document: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const element of Array.from(document.querySelectorAll("meta[content]"))) {
    const key = (element.getAttribute("property") ?? element.getAttribute("name") ?? element.getAttribute("itemprop"))?.trim().toLowerCase();
    const content = element.getAttribute("content");
    if (key && content && !values.has(key)) values.set(key, content);
  }
  return values;
}

/** The first article-like object in the page's JSON-LD blocks (including inside @graph and arrays). */
function jsonLdArticle(document: Document): Json | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue; // a broken block is common and says nothing about the page; the meta tags still count
    }
    // Iterative search: JSON-LD from the page is untrusted and may be nested arbitrarily deep.
    const pending: unknown[] = [data];
    while (pending.length > 0) {
      const value = pending.pop();
      if (Array.isArray(value)) pending.push(...[...value].reverse());
      else if (value !== null && typeof value === "object") {
        const object = value as Json;
        const types = ([] as unknown[]).concat(object["@type"]);
        if (types.some((t) => typeof t === "string" && ARTICLE_TYPES.has(t)) && (object.datePublished || object.headline)) return object;
        if (object["@graph"] !== undefined) pending.push(object["@graph"]);
      }
    }
  }
  return null;
}

function publisherName(publisher: unknown): string | undefined {
  const first = Array.isArray(publisher) ? publisher[0] : publisher;
  if (typeof first === "string") return first;
  return first !== null && typeof first === "object" ? str((first as Json).name) : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, " ").trim().slice(0, MAX_FIELD);
  return text ? text : null;
}

function httpUrl(value: string | null | undefined): string | null {
  const url = value?.trim();
  return url && /^https?:\/\/\S+$/i.test(url) && url.length <= MAX_FIELD ? url : null;
}
