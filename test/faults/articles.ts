// Generated conflict-news articles for the fault tests: varied texts from templates, varied ids,
// dates and outlets, every one distinct (so every one has its own content hash). Seeded, so every
// run writes the same corpus.
import { writeFileSync } from "node:fs";
import type { Article } from "../../src/core/types.js";

const OUTLETS = ["Reuters", "AFP", "Associated Press", "The Moscow Times", "Kyiv Independent", "Al Jazeera", "TASS", "BBC", null];
const CLAIMANTS = ["Russia's Defence Ministry", "Ukraine's General Staff", "Kyiv", "Moscow", "The Kremlin", "Zelenskiy", "A U.S. official", "Local officials", "The regional governor"];
const PLACES = ["Kursk", "Belgorod", "Kharkiv", "Donetsk", "Zaporizhzhia", "Sumy", "Bryansk", "Pokrovsk", "Odesa", "Kherson"];
const WEAPONS = ["drones", "missiles", "artillery shells", "glide bombs", "rockets"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const HEDGES = ["", "Unconfirmed reports said ", "According to Reuters, ", "It could not be independently verified, but "];

type Pick = <T>(list: readonly T[]) => T;

const SENTENCES: ((pick: Pick, n: () => number) => string)[] = [
  (pick, n) => `${pick(CLAIMANTS)} said on ${pick(DAYS)} that its forces had shot down ${n()} ${pick(WEAPONS)} over the ${pick(PLACES)} region.`,
  (pick, n) => `${pick(HEDGES)}${n()} people had been evacuated from border districts near ${pick(PLACES)}.`,
  (pick, n) => `${pick(CLAIMANTS)} claimed its troops held ${n()} settlements, a figure ${pick(CLAIMANTS)} denied.`,
  (pick, n) => `The governor of ${pick(PLACES)} said ${n()} civilians were injured when ${pick(WEAPONS)} struck an oil depot.`,
  (pick, n) => `${pick(CLAIMANTS)} accused ${pick(CLAIMANTS)} of shelling ${pick(PLACES)}, killing at least ${n()} people.`,
  (pick, n) => `Forces advanced about ${n()} km toward ${pick(PLACES)}, ${pick(CLAIMANTS)} said in a video on Telegram.`,
  (pick) => `Fighting continued around ${pick(PLACES)} as both sides brought in reinforcements.`,
];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateArticles(count: number, seed = 7): Article[] {
  const r = random(seed);
  const pick: Pick = (list) => list[Math.floor(r() * list.length)];
  const n = (): number => 2 + Math.floor(r() * 900);
  const articles: Article[] = [];
  for (let i = 0; i < count; i++) {
    const sentences = Array.from({ length: 2 + Math.floor(r() * 4) }, () => pick(SENTENCES)(pick, n));
    // The closing line carries the serial number, so no two bodies are alike.
    sentences.push(`Officials said ${100 + i} residents of ${pick(PLACES)} were still in shelters.`);
    const source = pick(OUTLETS);
    const day = String(1 + (i % 28)).padStart(2, "0");
    const id = i % 5 === 0 ? null : i % 5 === 1 ? `wire-${i}` : i % 5 === 2 ? `${(source ?? "anon").toLowerCase().replace(/\W+/g, "-")}/${2024}/${i}` : i % 5 === 3 ? `urn:story:${(i * 7919).toString(36)}` : `A${i}`;
    articles.push({ id, date: `2024-08-${day}`, source, title: i % 3 === 0 ? `Report ${i} from ${pick(PLACES)}` : null, url: null, text: sentences.join(" ") });
  }
  return articles;
}

/** Writes the articles as JSON Lines (the input format `crosscheck ingest` reads). */
export function writeJsonl(path: string, articles: Article[]): void {
  writeFileSync(path, articles.map((a) => JSON.stringify({ id: a.id ?? undefined, date: a.date, source: a.source ?? undefined, title: a.title ?? undefined, text: a.text })).join("\n") + "\n");
}
