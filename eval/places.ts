// Toponym recognition and resolution against LGL, TR-News and GeoVirus (../shared/eval/geowebnews,
// from the Pragmatic Guide to Geoparsing Evaluation). Scores: recognition P/R/F1 by span overlap;
// resolution of the recognised ones within 161 km and by exact GeoNames id; end to end (a gold
// toponym found and resolved within 161 km); and resolution with the gold spans given.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Context } from "../src/core/context.js";
import { buildDoc } from "../src/core/document.js";
import { extractEntities } from "../src/core/entities/index.js";
import { distanceKm } from "../src/core/places/gazetteer.js";
import { extractPlaces, resolveSpans } from "../src/core/places/index.js";
import { extractTimes } from "../src/core/times/index.js";
import type { Place } from "../src/core/types.js";
import { loadResources } from "../src/resources/index.js";
import type { EvalOptions, EvalTable, EvalTask } from "./task.js";

/** The corpora give no publication date; places do not depend on it. */
const FIXED_DATE = "2020-01-01";
const WITHIN_KM = 161;
const CORPORA = [
  { file: "lgl.xml", title: "LGL" },
  { file: "TR-News.xml", title: "TR-News" },
  { file: "GeoVirus.xml", title: "GeoVirus" },
];

interface GoldToponym {
  start: number;
  end: number;
  phrase: string;
  geonameid: number | null;
  lat: number | null;
  lon: number | null;
}

interface GoldArticle {
  id: string;
  text: string;
  toponyms: GoldToponym[];
}

export const task: EvalTask = {
  name: "places",
  description: "toponyms: recognition P/R/F1, resolution within 161 km and exact GeoNames id (LGL, TR-News, GeoVirus)",
  async run(options: EvalOptions): Promise<EvalTable[]> {
    const folder = join(options.shared, "eval", "geowebnews", "Corpora");
    if (!existsSync(folder)) throw new Error(`places eval: expected the GeoWebNews corpora folder at ${folder}`);
    const resources = loadResources();
    const rows: (string | number)[][] = [];
    const notes: string[] = [];
    for (const corpus of CORPORA) {
      const path = join(folder, corpus.file);
      if (!existsSync(path)) throw new Error(`places eval: expected ${path}`);
      let articles = parseCorpus(readFileSync(path, "utf8"));
      if (options.limit !== null) articles = articles.slice(0, options.limit);
      const score = new Score();
      let ms = 0;
      for (const article of articles) {
        const doc = buildDoc({ id: article.id, date: FIXED_DATE, source: null, title: null, url: null, text: article.text });
        const ctx: Context = { doc, resources, entities: [], times: [], places: [], figures: [], claims: [], events: [], diagnostics: [] };
        ctx.entities = extractEntities(ctx);
        // As in the pipeline (core/extract.ts): the places layer reads the times' spans ("in March" is no town).
        ctx.times = extractTimes(ctx);
        const t0 = performance.now();
        const predicted = extractPlaces(ctx).filter((p) => p.precision !== "relative");
        ms += performance.now() - t0;
        const given = resolveSpans(ctx, article.toponyms);
        const misses = score.add(article, predicted, given);
        if (options.errors && misses.length > 0) {
          console.error(`\n[places] ${corpus.title} ${article.id}`);
          for (const m of misses) console.error("  " + m);
        }
      }
      rows.push([corpus.title, articles.length, ...score.row()]);
      notes.push(`${corpus.title}: places layer ${(ms / Math.max(1, articles.length)).toFixed(3)} ms/article (avg ${Math.round(avgWords(articles))} words)`);
    }
    return [{
      title: "Toponyms (recognition by overlap; resolution within 161 km / exact GeoNames id)",
      columns: ["corpus", "docs", "gold", "P", "R", "F1", "res@161", "res id", "e2e@161", "e2e@161|id", "given@161", "given id"],
      rows,
      notes: [...notes, "e2e@161|id: end to end, counting also a resolution to the gold's own GeoNames entry whose point lies farther than 161 km from the gold's (the corpora place large countries and regions at different points)", "GeoVirus gold has coordinates but no GeoNames ids (id columns n/a). Country, admin1 and US county entries from the npm packages carry no GeoNames id."],
    }];
  },
};

class Score {
  private gold = 0;
  private goldWithCoords = 0;
  private goldWithId = 0;
  private predicted = 0;
  private matched = 0;
  private matchedWithCoords = 0;
  private matchedWithin = 0;
  private matchedWithId = 0;
  private matchedSameId = 0;
  private endToEnd = 0;
  private endToEndOrSameId = 0;
  private givenWithin = 0;
  private givenSameId = 0;

  add(article: GoldArticle, predicted: Place[], given: (Place | null)[]): string[] {
    const misses: string[] = [];
    const used = new Uint8Array(predicted.length);
    this.gold += article.toponyms.length;
    this.predicted += predicted.length;
    article.toponyms.forEach((g, gi) => {
      const hasCoords = g.lat !== null && g.lon !== null;
      if (hasCoords) this.goldWithCoords++;
      if (g.geonameid !== null) this.goldWithId++;
      const pi = predicted.findIndex((p, i) => !used[i] && p.start < g.end && g.start < p.end);
      const r = given[gi];
      if (hasCoords && r && r.lat !== null && distanceKm(r.lat, r.lon!, g.lat!, g.lon!) <= WITHIN_KM) this.givenWithin++;
      else if (hasCoords) misses.push(`given  "${g.phrase}" -> ${r ? `${r.name} (${r.country}) ${km(r, g)} km off` : "not in gazetteer"}`);
      if (g.geonameid !== null && r?.geonameid === g.geonameid) this.givenSameId++;
      if (pi < 0) {
        misses.push(`missed "${g.phrase}" at ${g.start}`);
        return;
      }
      used[pi] = 1;
      this.matched++;
      const p = predicted[pi];
      if (g.geonameid !== null) {
        this.matchedWithId++;
        if (p.geonameid === g.geonameid) this.matchedSameId++;
      }
      if (!hasCoords) return;
      this.matchedWithCoords++;
      const sameId = g.geonameid !== null && p.geonameid === g.geonameid;
      if (p.lat !== null && distanceKm(p.lat, p.lon!, g.lat!, g.lon!) <= WITHIN_KM) {
        this.matchedWithin++;
        this.endToEnd++;
        this.endToEndOrSameId++;
      } else if (sameId) this.endToEndOrSameId++;
      else misses.push(`wrong  "${g.phrase}" -> ${p.name} (${p.country}, ${p.precision}) ${km(p, g)} km off`);
    });
    predicted.forEach((p, i) => {
      if (!used[i]) misses.push(`extra  "${p.text}" -> ${p.name} (${p.country}, ${p.rule})`);
    });
    return misses;
  }

  row(): (string | number)[] {
    const ratio = (a: number, b: number): string => (b === 0 ? "n/a" : (a / b).toFixed(3));
    const p = this.predicted === 0 ? 0 : this.matched / this.predicted;
    const r = this.gold === 0 ? 0 : this.matched / this.gold;
    const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    return [
      this.gold, p.toFixed(3), r.toFixed(3), f1.toFixed(3),
      ratio(this.matchedWithin, this.matchedWithCoords), ratio(this.matchedSameId, this.matchedWithId),
      ratio(this.endToEnd, this.goldWithCoords), this.goldWithId === 0 ? "n/a" : ratio(this.endToEndOrSameId, this.goldWithCoords), ratio(this.givenWithin, this.goldWithCoords), ratio(this.givenSameId, this.goldWithId),
    ];
  }
}

function km(p: Place, g: GoldToponym): string {
  return p.lat === null || g.lat === null ? "?" : Math.round(distanceKm(p.lat, p.lon!, g.lat, g.lon!)).toString();
}

function avgWords(articles: GoldArticle[]): number {
  let words = 0;
  for (const a of articles) words += a.text.split(/\s+/).length;
  return words / Math.max(1, articles.length);
}

// --- the corpus XML: <article> with <text> and <toponym>/<location> entries carrying offsets ---

const ARTICLE = /<article\b([^>]*)>([\s\S]*?)<\/article>/g;
const TEXT = /<text>([\s\S]*?)<\/text>/;
const TOPONYM = /<(toponym|location)>([\s\S]*?)<\/\1>/g;

function parseCorpus(xml: string): GoldArticle[] {
  const articles: GoldArticle[] = [];
  for (const a of xml.matchAll(ARTICLE)) {
    const body = a[2];
    const textMatch = TEXT.exec(body);
    if (!textMatch) continue;
    const text = xmlText(textMatch[1]);
    const toponyms: GoldToponym[] = [];
    for (const t of body.matchAll(TOPONYM)) {
      const given = Number(field(t[2], "start"));
      const end0 = Number(field(t[2], "end"));
      if (!Number.isInteger(given) || !Number.isInteger(end0) || end0 <= given) continue;
      // GeoVirus offsets are one character late throughout and some TR-News documents drift by up to
      // ten characters: move the span to the nearest position (within 12) where the annotated name stands.
      const shift = realign(text, given, end0, field(t[2], "phrase") ?? field(t[2], "name"));
      const start = given + shift;
      const end = end0 + shift;
      const id = /geonameid="(\d+)"/.exec(t[2]);
      const lat = field(t[2], "lat");
      const lon = field(t[2], "lon");
      toponyms.push({
        start, end,
        phrase: text.slice(start, end),
        geonameid: id ? Number(id[1]) : null,
        lat: lat === null ? null : Number(lat),
        lon: lon === null ? null : Number(lon),
      });
    }
    const docid = /docid="([^"]*)"/.exec(a[1])?.[1] ?? field(body, "source") ?? String(articles.length);
    articles.push({ id: docid, text, toponyms });
  }
  return articles;
}

const MAX_DRIFT = 12;

function realign(text: string, start: number, end: number, name: string | null): number {
  if (name === null) return 0;
  for (let d = 0; d <= MAX_DRIFT; d++) {
    if (text.slice(start - d, end - d) === name) return -d;
    if (text.slice(start + d, end + d) === name) return d;
  }
  return 0;
}

function field(xml: string, tag: string): string | null {
  const m = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml);
  return m ? xmlText(m[1]).trim() : null;
}

function xmlText(s: string): string {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(s);
  if (cdata) return cdata[1];
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e.toLowerCase()]!;
  });
}
