// Builds a Context for one hand-written sentence, with the real gazetteer (loaded once per file).
import type { Context } from "../../src/core/context.js";
import { buildDoc } from "../../src/core/document.js";
import type { Gazetteer } from "../../src/core/places/gazetteer.js";
import { extractPlaces } from "../../src/core/places/index.js";
import type { Entity, Place } from "../../src/core/types.js";
import { loadGazetteer } from "../../src/resources/gazetteer.js";

let gazetteer: Gazetteer | null = null;

export function contextFor(text: string, entities: Entity[] = []): Context {
  gazetteer ??= loadGazetteer();
  const doc = buildDoc({ id: null, date: "2024-08-14", source: null, title: null, url: null, text });
  return {
    doc, resources: { gazetteer, actors: { size: 0 } as Context["resources"]["actors"] },
    entities, times: [], places: [], figures: [], claims: [], events: [], diagnostics: [],
  };
}

export function placesIn(text: string, entities: Entity[] = []): Place[] {
  const places = extractPlaces(contextFor(text, entities));
  for (const p of places) if (text.slice(p.start, p.end) !== p.text) throw new Error(`offsets do not cover "${p.text}"`);
  return places;
}

export function placeAt(places: Place[], text: string): Place | undefined {
  return places.find((p) => p.text === text && p.precision !== "relative");
}
