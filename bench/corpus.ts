// Builds the benchmark corpus from real article bodies, read in place (never copied into the repo):
// the shared evaluation sets and the repository's examples.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Article } from "../src/core/types.js";
import { parseDateline } from "./dateline.js";

export interface CorpusPart {
  name: string;
  articles: Article[];
}

/** Every part found: shared sets only when `sharedEval` is given (the folder holding polnear/ etc.). */
export function loadCorpus(sharedEval: string | null, examplesDir: string): CorpusPart[] {
  const parts: CorpusPart[] = [];
  if (sharedEval) {
    parts.push(
      { name: "PolNeAR", articles: readPolnear(join(sharedEval, "polnear", "data")) },
      { name: "TempEval-3", articles: readTempEval(join(sharedEval, "tempeval3", "Training", "TBAQ-cleaned")) },
      { name: "MEANTIME", articles: readMeantime(join(sharedEval, "meantime", "intra_cross-doc_annotation")) },
      { name: "LGL", articles: readGeoWebNews(join(sharedEval, "geowebnews", "Corpora", "lgl.xml")) },
      { name: "TR-News", articles: readGeoWebNews(join(sharedEval, "geowebnews", "Corpora", "TR-News.xml")) },
    );
  }
  parts.push({ name: "examples", articles: readExamples(examplesDir) });
  return parts.filter((p) => p.articles.length > 0);
}

function article(id: string, date: string, text: string, source: string | null = null, title: string | null = null): Article {
  return { id, date, source, title, url: null, text };
}

function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);
}

/** PolNeAR train + dev texts; file names read `publisher_YYYY-MM-DD_slug`. */
function readPolnear(dir: string): Article[] {
  return ["train", "dev"].flatMap((split) =>
    listFiles(join(dir, split, "text"), ".txt").map((path) => {
      const name = basename(path, ".txt");
      const [publisher, date] = name.split("_");
      return article(name, date ?? "2016-01-01", readFileSync(path, "utf8"), publisher ?? null);
    }),
  );
}

/** TimeML: the TEXT element with its tags stripped; the date from the document creation time. */
function readTempEval(dir: string): Article[] {
  // testpipeline/ repeats one TimeBank file, so only the two real collections are read.
  return ["TimeBank", "AQUAINT"].flatMap((sub) =>
    listFiles(join(dir, sub), ".tml").flatMap((path) => {
      const xml = readFileSync(path, "utf8");
      const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1];
      if (body === undefined) return [];
      const date = /<DCT>[^]*?value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1] ?? "2000-01-01";
      return [article(path, date, decodeXml(body.replace(/<[^>]+>/g, "")).trim(), "TempEval-3")];
    }),
  );
}

/** MEANTIME keeps only tokens: rebuild the text, one line per sentence, no blank before punctuation. */
function readMeantime(dir: string): Article[] {
  return listFiles(dir, ".xml").map((path) => {
    const xml = readFileSync(path, "utf8");
    const sentences: string[][] = [];
    for (const m of xml.matchAll(/<token [^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
      (sentences[Number(m[1])] ??= []).push(decodeXml(m[2]!));
    }
    const text = sentences
      .filter(Boolean)
      .map((tokens) => tokens.join(" ").replace(/ ([.,;:!?%)'\]]|'s|n't)/g, "$1").replace(/([($[]) /g, "$1"))
      .join("\n");
    const date = /functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d{2}-\d{2})"/.exec(xml)?.[1] ?? "2010-01-01";
    return article(path, date, text, "Wikinews");
  });
}

/** GeoWebNews corpora: <article> elements with a CDATA <text>, <domain> and <dltime>. */
function readGeoWebNews(path: string): Article[] {
  if (!existsSync(path)) return [];
  const xml = readFileSync(path, "utf8");
  return [...xml.matchAll(/<article docid="([^"]+)">([\s\S]*?)<\/article>/g)].flatMap((m) => {
    const inner = m[2]!;
    const text = /<text>\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*<\/text>/.exec(inner)?.[1];
    if (text === undefined) return [];
    const date = isoDate(/<dltime>\s*([^<]*?)\s*<\/dltime>/.exec(inner)?.[1] ?? "");
    const source = /<domain>\s*([^<]*?)\s*<\/domain>/.exec(inner)?.[1] ?? null;
    return [article(`${path}#${m[1]}`, date, text, source)];
  });
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * `dltime` is mostly ISO ("2016-12-19 ...") but TR-News also has free forms ("Dec 17, 2016 8:46 AM ET",
 * "7:58 AM ET, Sat January 3, 2015", "9 Oct 2012, 7:43am EDT") and empty ones: pick out month, day
 * and year, else fall back to a fixed date (the bench only needs a plausible one).
 */
function isoDate(value: string): string {
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0];
  if (iso) return iso;
  const month = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.exec(value)?.[1]?.toLowerCase();
  const year = /\b(?:19|20)\d{2}\b/.exec(value)?.[0];
  const day = /(?<![:\d])\b(\d{1,2})(?:st|nd|rd|th)?\b(?![:\d])/.exec(value)?.[1];
  if (!month || !year || !day) return "2010-01-01";
  return `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, "0")}-${day.padStart(2, "0")}`;
}

function readExamples(dir: string): Article[] {
  return listFiles(dir, ".txt").flatMap((path) => {
    const parsed = parseDateline(readFileSync(path, "utf8"));
    return parsed ? [{ ...parsed, id: parsed.id ?? path }] : [];
  });
}
