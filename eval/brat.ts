// Reads brat standoff annotations (the .ann files of PolNeAR) into spans and attribution relations.
import type { Span } from "../src/core/types.js";

/** A text-bound annotation; brat spans may be discontinuous (`start end;start end`). */
export interface BratSpan {
  id: string;
  label: string;
  fragments: Span[];
}

/** An event line: its trigger label ("Attribution", "Attribution-no-source") and role -> span ids. */
export interface BratEvent {
  id: string;
  label: string;
  args: { role: string; ref: string }[];
}

export interface BratDocument {
  spans: Map<string, BratSpan>;
  events: BratEvent[];
}

/** One gold attribution: each role's fragments, empty when the role is absent (no source, say). */
export interface GoldAttribution {
  source: Span[];
  cue: Span[];
  content: Span[];
}

const SPAN_LINE = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t/;
const EVENT_LINE = /^(E\d+)\t(\S+):(\S+)((?: \S+:\S+)*)\s*$/;

export function parseBrat(ann: string): BratDocument {
  const spans = new Map<string, BratSpan>();
  const events: BratEvent[] = [];
  // A span's quoted text can contain newlines, so lines matching neither form are continuations.
  for (const line of ann.split("\n")) {
    const t = SPAN_LINE.exec(line);
    if (t) {
      const fragments = t[3]!.split(";").map((pair) => {
        const [start, end] = pair.split(" ").map(Number);
        return { start: start!, end: end! };
      });
      spans.set(t[1]!, { id: t[1]!, label: t[2]!, fragments });
      continue;
    }
    const e = EVENT_LINE.exec(line);
    if (e) {
      const args = e[4]!
        .trim()
        .split(" ")
        .filter(Boolean)
        .map((arg) => {
          const [role, ref] = arg.split(":");
          return { role: role!, ref: ref! };
        });
      events.push({ id: e[1]!, label: e[2]!, args });
    }
  }
  return { spans, events };
}

/**
 * The attribution relations of a document. Numbered roles (PolNeAR's `Content2`) add their
 * fragments to the base role, so a role is one possibly discontinuous span.
 */
export function goldAttributions(doc: BratDocument): GoldAttribution[] {
  const out: GoldAttribution[] = [];
  for (const event of doc.events) {
    if (!event.label.startsWith("Attribution")) continue;
    const attribution: GoldAttribution = { source: [], cue: [], content: [] };
    for (const { role, ref } of event.args) {
      const base = role.replace(/\d+$/, "").toLowerCase();
      const span = doc.spans.get(ref);
      if (span && (base === "source" || base === "cue" || base === "content")) attribution[base].push(...span.fragments);
    }
    out.push(attribution);
  }
  return out;
}
