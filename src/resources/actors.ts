// Builds the actor lexicon: the curated list in src/data/actors.json, every country from the
// world-countries package as a government (merged onto the curated entry with the same code),
// country demonyms, titles, and any user files given with --actors.
import { readFileSync } from "node:fs";
import { ActorLexicon, type ActorRecord, type ActorType, type Demonym } from "../core/entities/actors.js";
import { dataPath } from "./paths.js";
import { englishDemonyms, worldCountries } from "./world-countries.js";

const ACTOR_TYPES = new Set<ActorType>(["person", "government", "military", "ministry", "agency", "media", "armed_group", "international", "organisation"]);

/** Reads and checks one actors file; errors name the file and the entry. */
export function readActorFile(path: string): ActorRecord[] {
  return parseActorFile(path).records;
}

/** An actors file's checked records, and the object it was read into (the built-in file's other fields are read from it). */
function parseActorFile(path: string): { records: ActorRecord[]; parsed: unknown } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${path}: not a readable JSON actors file (${(error as Error).message})`);
  }
  const list = (parsed as { actors?: unknown }).actors;
  if (!Array.isArray(list)) throw new Error(`${path}: expected an object with an "actors" array`);
  const records = list.map((entry: unknown, i: number) => {
    const e = entry as Partial<ActorRecord>;
    const where = `${path}: actors[${i}]`;
    if (typeof e?.name !== "string" || e.name.trim() === "") throw new Error(`${where}: "name" must be a non-empty string`);
    if (!ACTOR_TYPES.has(e.type as ActorType)) throw new Error(`${where}: "type" must be one of ${[...ACTOR_TYPES].join(", ")}`);
    if (e.affiliation !== undefined && e.affiliation !== null && typeof e.affiliation !== "string") throw new Error(`${where}: "affiliation" must be a string or null`);
    if (e.aliases !== undefined && !(Array.isArray(e.aliases) && e.aliases.every((a) => typeof a === "string"))) throw new Error(`${where}: "aliases" must be an array of strings`);
    // Affiliations are country or side codes, kept in capitals so that side filters compare exactly (and use an index).
    return { name: e.name, type: e.type as ActorType, affiliation: e.affiliation?.toUpperCase() ?? null, aliases: e.aliases ?? [] };
  });
  return { records, parsed };
}

/** Capitals whose names are first names, other well-known places or contested: never read as a government. */
const CAPITALS_NOT_METONYMS = new Set(["Victoria", "Kingston", "Georgetown", "Hamilton", "Jerusalem", "Malé", "Male", "Saint John's", "Castries", "Roseau", "Praia", "Santiago", "San José", "Lomé", "Palikir", "Ngerulmud", "Funafuti", "Majuro", "Apia", "Nuku'alofa", "Tarawa", "Port Louis", "Victoria City", "Bridgetown", "Kingstown", "Basseterre", "St. George's"]);

interface TitleFile {
  titles: string[];
  portfolios: string[];
  portfolio_heads: string[];
}

/** The titles, with every portfolio before every head title ("foreign" + "secretary"). */
function readTitles(): string[] {
  const file = JSON.parse(readFileSync(dataPath("titles.json"), "utf8")) as TitleFile;
  return [...file.titles, ...file.portfolios.flatMap((portfolio) => file.portfolio_heads.map((head) => `${portfolio} ${head}`))];
}

export function loadActors(extraFiles: string[]): ActorLexicon {
  const builtIn = parseActorFile(dataPath("actors.json"));
  const curated = builtIn.records;
  // The one-word demonyms world-countries lacks ("Saudi" beside its "Saudi Arabian").
  const curatedDemonyms = (builtIn.parsed as { demonyms: Record<string, string> }).demonyms;
  const titles = readTitles();
  // Sovereign states first, so a shared demonym ("American") goes to the state, not a territory.
  const countries = worldCountries()
    .slice()
    .sort((a, b) => Number(b.unMember ?? false) - Number(a.unMember ?? false));
  const governmentByCode = new Map(curated.filter((a) => a.type === "government" && a.affiliation).map((a) => [a.affiliation as string, a]));
  const records: ActorRecord[] = [...curated];
  const demonyms = new Map<string, Demonym>();
  for (const country of countries) {
    // A UN member's capital stands for its government ("New Delhi blamed ...", "Islamabad denied ..."),
    // unless the name is as often a person's or another place's (CAPITALS_NOT_METONYMS).
    const capitals = country.unMember ? (country.capital ?? []).filter((c) => !CAPITALS_NOT_METONYMS.has(c)) : [];
    const names = [country.name.common, country.name.official, ...capitals];
    const existing = governmentByCode.get(country.cca2);
    if (existing) existing.aliases.push(...names);
    else records.push({ name: country.name.common, type: "government", affiliation: country.cca2, aliases: names });
    const countryName = existing?.name ?? country.name.common;
    for (const demonym of englishDemonyms(country)) {
      if (!demonyms.has(demonym.toLowerCase())) demonyms.set(demonym.toLowerCase(), { country: country.cca2, countryName });
    }
  }
  for (const [word, code] of Object.entries(curatedDemonyms)) {
    const country = countries.find((c) => c.cca2 === code);
    if (country) demonyms.set(word.toLowerCase(), { country: code, countryName: governmentByCode.get(code)?.name ?? country.name.common });
  }
  const lexicon = new ActorLexicon(records, titles, demonyms);
  for (const file of extraFiles) for (const record of readActorFile(file)) lexicon.add(record);
  return lexicon;
}
