// The rows of the world-countries package, as the actor lexicon and the gazetteer both read them.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export interface WorldCountry {
  cca2: string;
  /** ISO 3166-1 numeric, as world-atlas names its countries. */
  ccn3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  latlng: [number, number];
  capital?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
  unMember?: boolean;
}

export function worldCountries(): WorldCountry[] {
  return require("world-countries") as WorldCountry[];
}

/** A country's English demonyms ("Ukrainian"), each form once. */
export function englishDemonyms(country: WorldCountry): string[] {
  const d = country.demonyms?.eng;
  return d ? [...new Set([d.m, d.f])].filter((x): x is string => x !== undefined && x !== "") : [];
}
