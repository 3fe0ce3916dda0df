// Parses GeoNames dump lines (allCountries.txt, cities15000.txt: 19 tab-separated columns) into
// gazetteer records. Pure: the shell reads the file and hands over the text; bad lines come back as
// errors with their line numbers and the good ones are kept. Data (c) GeoNames, CC BY 4.0.
import type { GazetteerRecord, PlaceKind } from "./gazetteer.js";

export interface GeonamesParseError {
  line: number;
  message: string;
}

export interface GeonamesParseResult {
  records: GazetteerRecord[];
  errors: GeonamesParseError[];
  /** Well-formed lines skipped on purpose (features other than places, regions and countries). */
  skipped: number;
}

export interface GeonamesParseOptions {
  /** "RU.41" -> "Kursk Oblast" (from admin1CodesASCII.txt); without it admin1 stays the code. */
  admin1Names?: ReadonlyMap<string, string>;
  /** Drop populated places below this population. */
  minPopulation?: number;
  /** Line number of the first line of `text` (when a caller feeds a file in chunks). */
  firstLine?: number;
}

const COLUMNS = 19;
// Alternate names in Latin script only: the articles we read are English.
const LATIN_NAME = /^[\p{Script=Latin}\p{M}0-9 .'’-]+$/u;

function kindOf(featureClass: string, featureCode: string): PlaceKind | null {
  if (featureClass === "P") return "settlement";
  if (featureClass === "A" && featureCode === "ADM1") return "admin1";
  if (featureClass === "A" && featureCode === "ADM2") return "admin2";
  if (featureClass === "A" && featureCode.startsWith("PCL") && featureCode !== "PCLH") return "country";
  return null;
}

export function parseGeonamesTsv(text: string, options: GeonamesParseOptions = {}): GeonamesParseResult {
  const records: GazetteerRecord[] = [];
  const errors: GeonamesParseError[] = [];
  let skipped = 0;
  const lines = text.split("\n");
  const first = options.firstLine ?? 1;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].endsWith("\r") ? lines[i].slice(0, -1) : lines[i];
    if (raw === "" || raw.startsWith("#")) continue;
    const line = first + i;
    const cols = raw.split("\t");
    if (cols.length !== COLUMNS) {
      errors.push({ line, message: `expected ${COLUMNS} tab-separated columns, found ${cols.length}` });
      continue;
    }
    const geonameid = Number(cols[0]);
    const lat = Number(cols[4]);
    const lon = Number(cols[5]);
    const population = cols[14] === "" ? 0 : Number(cols[14]);
    if (!Number.isInteger(geonameid) || cols[0] === "") {
      errors.push({ line, message: `geonameid is not an integer: "${cols[0]}"` });
      continue;
    }
    if (cols[4] === "" || cols[5] === "" || !(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) {
      errors.push({ line, message: `bad coordinates: "${cols[4]}", "${cols[5]}"` });
      continue;
    }
    if (!Number.isFinite(population) || population < 0) {
      errors.push({ line, message: `bad population: "${cols[14]}"` });
      continue;
    }
    const kind = kindOf(cols[6], cols[7]);
    if (kind === null || (kind === "settlement" && population < (options.minPopulation ?? 0))) {
      skipped++;
      continue;
    }
    const name = cols[1];
    const aliases = new Set<string>();
    if (cols[2] !== "" && cols[2] !== name) aliases.add(cols[2]);
    for (const alt of cols[3].split(",")) if (alt.length > 2 && alt !== name && LATIN_NAME.test(alt)) aliases.add(alt);
    const admin1Code = cols[10];
    records.push({
      geonameid,
      name,
      aliases: [...aliases],
      country: cols[8],
      admin1: admin1Code === "" ? null : (options.admin1Names?.get(`${cols[8]}.${admin1Code}`) ?? admin1Code),
      lat,
      lon,
      population,
      kind,
      featureCode: cols[7],
    });
  }
  return { records, errors, skipped };
}
