// Loads the data the core needs (actor lexicon, gazetteer) once per process. This is the I/O edge
// of the library: the core itself only ever receives the loaded `Resources`.
import type { Resources } from "../core/context.js";
import type { GazetteerRecord } from "../core/places/gazetteer.js";
import { loadActors } from "./actors.js";
import { loadGazetteer } from "./gazetteer.js";

export interface ResourceOptions {
  /** Extra actor files (JSON, same shape as src/data/actors.json) merged over the built-in list. */
  actorFiles?: string[];
  /** Places imported into the ledger (`crosscheck gazetteer import`), added to the built-in gazetteer. */
  places?: GazetteerRecord[];
}

let cached: Resources | null = null;

/** The built-in resources, loaded on first use and shared afterwards. */
export function defaultResources(): Resources {
  cached ??= loadResources();
  return cached;
}

export function loadResources(options: ResourceOptions = {}): Resources {
  const gazetteer = loadGazetteer();
  if (options.places?.length) gazetteer.addRecords(options.places);
  return { actors: loadActors(options.actorFiles ?? []), gazetteer };
}
