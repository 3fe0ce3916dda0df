// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item becomes an article. The channel title is the
// outlet; item HTML goes through the same HTML-to-text path as pages. A bad item is reported with
// the feed and the item's number, and the good items are kept.
import { XMLBuilder, XMLParser } from "fast-xml-parser";
import { InputError, checkArticle, type FieldCheckOptions } from "./article-fields.js";
import { publicationDate } from "./dates.js";
import { htmlFragmentText } from "./html.js";
import type { InputItem } from "./items.js";

export interface FeedOptions extends FieldCheckOptions {
  /** Publication date for items that carry none (--date). */
  date?: string;
}

/** An element or text node in fast-xml-parser's order-preserving form. */
type XmlNode = Record<string, unknown>;

const PARSER_OPTIONS = {
  preserveOrder: true, // Atom XHTML content is mixed text and markup: its order must survive
  ignoreAttributes: false,
  attributeNamePrefix: "",
  removeNSPrefix: true, // content:encoded and dc:date are matched by their local names
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true, // feeds use &nbsp; and friends although XML does not define them
  maxNestedTags: 256,
} as const;

/** Long enough for any real title, outlet or id; longer values are cut rather than losing the item. */
const MAX_FIELD = 500;

/** Item body elements by local name, fullest first: content:encoded, Atom content, description, summary. */
const BODY_TAGS = ["encoded", "content", "description", "summary"];

const parser = new XMLParser(PARSER_OPTIONS);
const builder = new XMLBuilder(PARSER_OPTIONS);

export function parseFeed(where: string, xml: string, options: FeedOptions): InputItem[] {
  let document: XmlNode[];
  try {
    document = parser.parse(xml) as XmlNode[];
  } catch (error) {
    return [{ error: new InputError(where, `not well-formed XML (${(error as Error).message})`) }];
  }
  const root = document.find((node) => { const tag = tagOf(node); return tag !== null && !tag.startsWith("?"); });
  const rootTag = root ? tagOf(root) : null;
  let channel: XmlNode[];
  let items: XmlNode[];
  if (rootTag === "rss") {
    channel = children(find(children(root!), "channel"));
    items = findAll(channel, "item");
  } else if (rootTag === "RDF") {
    channel = children(find(children(root!), "channel"));
    items = findAll(children(root!), "item");
  } else if (rootTag === "feed") {
    channel = children(root!);
    items = findAll(channel, "entry");
  } else {
    return [{ error: new InputError(where, `not an RSS or Atom feed (the root element is ${rootTag ? `<${rootTag}>` : "missing"})`) }];
  }
  if (items.length === 0) return [{ error: new InputError(where, "the feed has no items") }];
  const source = plainText(where, find(channel, "title"));
  return items.map((item, i) => feedItem(`${where} item ${i + 1}`, children(item), source, options));
}

function feedItem(where: string, item: XmlNode[], source: string | null, options: FeedOptions): InputItem {
  try {
    const written = text(find(item, "pubDate") ?? find(item, "published") ?? find(item, "updated") ?? find(item, "date"))?.trim();
    const dated = publicationDate(written);
    if (written && !dated) throw new InputError(where, `cannot read the publication date ${JSON.stringify(written.slice(0, 60))}`);
    const date = dated ?? options.date;
    if (!date) throw new InputError(where, "no publication date (pubDate, published or updated); give one with --date YYYY-MM-DD");
    // The fullest body first; media:content and other empty namesakes are passed over.
    const articleText = BODY_TAGS.flatMap((tag) => findAll(item, tag)).map((body) => plainText(where, body)).find((t) => t !== null);
    if (!articleText) throw new InputError(where, "the item has no description or content");
    const article = checkArticle(where, {
      id: text(find(item, "guid") ?? find(item, "id"))?.trim().slice(0, MAX_FIELD),
      date,
      source: source?.slice(0, MAX_FIELD),
      title: plainText(where, find(item, "title"))?.slice(0, MAX_FIELD),
      url: itemLink(item),
      text: articleText,
    }, options);
    return { article, where };
  } catch (error) {
    return { error: error instanceof InputError ? error : new InputError(where, (error as Error).message) };
  }
}

/** RSS <link>text</link>; Atom <link rel="alternate" href>; else a permalink guid. Only http(s). */
function itemLink(item: XmlNode[]): string | null {
  const candidates = findAll(item, "link").map((link) => {
    const a = attributes(link);
    return a.href !== undefined ? (a.rel === undefined || a.rel === "alternate" ? a.href : null) : text(link);
  });
  const guid = find(item, "guid");
  if (guid && attributes(guid).isPermaLink !== "false") candidates.push(text(guid));
  return candidates.map((c) => c?.trim()).find((c): c is string => c !== undefined && /^https?:\/\/\S+$/i.test(c)) ?? null;
}

/** The text of a title or body element: Atom type="text" as is, XHTML and HTML through the HTML path. */
function plainText(where: string, node: XmlNode | undefined): string | null {
  if (!node) return null;
  const type = attributes(node).type;
  const content = type === "xhtml" ? (builder.build(children(node)) as string) : (text(node) ?? "");
  const result = type === "text" ? content.replace(/\s+/g, " ").trim() : htmlFragmentText(where, content);
  return result === "" ? null : result;
}

function tagOf(node: XmlNode): string | null {
  return Object.keys(node).find((key) => key !== ":@") ?? null;
}

function children(node: XmlNode | undefined): XmlNode[] {
  const tag = node ? tagOf(node) : null;
  const value = tag ? node![tag] : undefined;
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function attributes(node: XmlNode): Record<string, string> {
  return (node[":@"] as Record<string, string> | undefined) ?? {};
}

function find(nodes: XmlNode[], tag: string): XmlNode | undefined {
  return nodes.find((node) => tagOf(node) === tag);
}

function findAll(nodes: XmlNode[], tag: string): XmlNode[] {
  return nodes.filter((node) => tagOf(node) === tag);
}

/** The element's own text (text and CDATA children joined), or undefined if it has none. */
function text(node: XmlNode | undefined): string | undefined {
  const parts = children(node).flatMap((child) => (typeof child["#text"] === "string" ? [child["#text"]] : []));
  return parts.length > 0 ? parts.join("") : undefined;
}
