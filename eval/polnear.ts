// Reads PolNeAR documents in place from the shared folder: text, metadata and one annotator's
// attributions per document.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { goldAttributions, parseBrat, type GoldAttribution } from "./brat.js";

export const POLNEAR_SPLITS = ["dev", "train"] as const;
export type PolnearSplit = (typeof POLNEAR_SPLITS)[number];

export interface PolnearDocument {
  name: string;
  date: string;
  publisher: string | null;
  text: string;
  annotator: string;
  attributions: GoldAttribution[];
}

export function polnearDir(shared: string): string {
  return join(shared, "eval", "polnear", "data");
}

interface Metadata {
  date: string;
  publisher: string | null;
}

function readMetadata(dir: string): Map<string, Metadata> {
  const lines = readFileSync(join(dir, "metadata.tsv"), "utf8").split("\n").filter(Boolean);
  const header = lines[0]!.split("\t");
  const col = (name: string): number => header.indexOf(name);
  const [file, date, publisher] = [col("filename"), col("publication_date"), col("publisher")];
  const out = new Map<string, Metadata>();
  for (const line of lines.slice(1)) {
    const cells = line.split("\t");
    out.set(cells[file]!, { date: cells[date]!, publisher: cells[publisher] || null });
  }
  return out;
}

/**
 * The documents of one split, in file-name order. A few train documents were annotated by several
 * people (6 files for one text); the annotator whose file sorts first is used, so each text counts once.
 */
export function readPolnearSplit(shared: string, split: PolnearSplit, limit: number | null): PolnearDocument[] {
  const dir = polnearDir(shared);
  const metadata = readMetadata(dir);
  const annFiles = readdirSync(join(dir, split, "attributions")).filter((f) => f.endsWith(".ann")).sort();
  const firstAnn = new Map<string, string>();
  for (const f of annFiles) {
    const name = f.replace(/_[0-9a-f]{4}\.ann$/, "");
    if (!firstAnn.has(name)) firstAnn.set(name, f);
  }
  const names = readdirSync(join(dir, split, "text"))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.slice(0, -4))
    .filter((name) => firstAnn.has(name))
    .sort();
  const docs: PolnearDocument[] = [];
  for (const name of limit === null ? names : names.slice(0, limit)) {
    const ann = firstAnn.get(name)!;
    const meta = metadata.get(name);
    docs.push({
      name,
      date: meta?.date ?? dateFromName(name),
      publisher: meta?.publisher ?? null,
      text: readFileSync(join(dir, split, "text", `${name}.txt`), "utf8"),
      annotator: ann.slice(name.length + 1, -4),
      attributions: goldAttributions(parseBrat(readFileSync(join(dir, split, "attributions", ann), "utf8"))),
    });
  }
  return docs;
}

/** File names read `publisher_YYYY-MM-DD_slug`: the date to fall back on when metadata lacks one. */
function dateFromName(name: string): string {
  return /_(\d{4}-\d{2}-\d{2})_/.exec(name)?.[1] ?? "2016-01-01";
}
