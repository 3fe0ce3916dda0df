// Loads the data the core needs (actor lexicon, gazetteer) once per process. This is the I/O edge
// of the library: the core itself only ever receives the loaded `Resources`.
import type { Resources } from "../core/context.js";
import { loadActors } from "./actors.js";
import { loadGazetteer } from "./gazetteer.js";

export interface ResourceOptions {
  /** Extra actor files (JSON, same shape as src/data/actors.json) merged over the built-in list. */
  actorFiles?: string[];
}

let cached: Resources | null = null;

/** The built-in resources, loaded on first use and shared afterwards. */
export function defaultResources(): Resources {
  cached ??= loadResources();
  return cached;
}

export function loadResources(options: ResourceOptions = {}): Resources {
  return { actors: loadActors(options.actorFiles ?? []), gazetteer: loadGazetteer() };
}
