// Which parser reads an input: by file extension, else by the Content-Type it was served with,
// else by sniffing the start of the decoded text.

export type InputFormat = "dateline" | "jsonl" | "json" | "html" | "feed";

const BY_EXTENSION: [RegExp, InputFormat][] = [
  [/\.(jsonl|ndjson)$/i, "jsonl"],
  [/\.json$/i, "json"],
  [/\.(html?|xhtml)$/i, "html"],
  [/\.(xml|rss|atom)$/i, "feed"],
  [/\.txt$/i, "dateline"],
];

const BY_CONTENT_TYPE: [RegExp, InputFormat][] = [
  [/^application\/(x-ndjson|jsonl|json-lines)$/, "jsonl"],
  [/^application\/json$/, "json"],
  [/^(text\/html|application\/xhtml\+xml)$/, "html"],
  [/^(application\/(rss|atom|rdf)\+xml|application\/xml|text\/xml)$/, "feed"],
  [/^text\/plain$/, "dateline"],
];

export function formatFromName(name: string): InputFormat | null {
  return BY_EXTENSION.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}

export function formatFromContentType(contentType: string | undefined): InputFormat | null {
  const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
  return BY_CONTENT_TYPE.find(([pattern]) => pattern.test(type))?.[1] ?? null;
}

/** Guesses from the first characters: `{` or `[` JSON, a feed root element, other markup HTML, else dateline. */
export function sniffFormat(text: string): InputFormat {
  const head = text.slice(0, 4096).trimStart();
  if (head.startsWith("{") || head.startsWith("[")) return "json";
  if (!head.startsWith("<")) return "dateline";
  if (/<!doctype\s+html|<html[\s>]/i.test(head)) return "html";
  if (/<(rss|feed|rdf:RDF)[\s>]/.test(head) || head.startsWith("<?xml")) return "feed";
  return "html";
}
