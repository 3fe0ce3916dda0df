// Runs the whole core on hand-written text (events read every earlier layer) and checks that every
// event's spans point into the text.
import { extractArticle } from "../../src/core/extract.js";
import type { Event, Extraction } from "../../src/core/types.js";
import { defaultResources } from "../../src/resources/index.js";

export const DATE = "2024-08-14";

export function extractionOf(text: string, date = DATE): Extraction {
  const x = extractArticle({ id: null, date, source: null, title: null, url: null, text }, defaultResources());
  for (const e of x.events) {
    for (const s of [e.trigger, e.actor_span, e.target_span]) {
      if (s && text.slice(s.start, s.end) !== s.text) throw new Error(`bad span "${s.text}" in ${text}`);
    }
  }
  return x;
}

export function eventsOf(text: string, date = DATE): Event[] {
  return extractionOf(text, date).events;
}

/** The one event whose trigger text is `trigger` (fails loudly when absent). */
export function eventAt(events: Event[], trigger: string): Event {
  const e = events.find((v) => v.trigger.text === trigger);
  if (!e) throw new Error(`no event "${trigger}" among ${events.map((v) => `${v.type}:${v.trigger.text}`).join(", ") || "none"}`);
  return e;
}
