// Every item of every fixture and example points at the exact text it came from.
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import type { Extraction, Span } from "../../src/core/types.js";
import { readInputs } from "../../src/input/read.js";
import { defaultResources } from "../../src/resources/index.js";
import { repo } from "../helpers.js";

function check(x: Extraction, where: string): number {
  const text = x.article.text;
  let checked = 0;
  const span = (s: Span & { text?: string }, what: string): void => {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length, `${where}: ${what} has bad offsets ${s.start}-${s.end}`);
    if (s.text !== undefined) assert.equal(text.slice(s.start, s.end), s.text, `${where}: ${what} text does not match its offsets`);
    checked++;
  };
  x.sentences.forEach((s, i) => span(s, `sentence ${i}`));
  for (const e of x.entities) span(e, `entity ${e.id}`);
  for (const t of x.times) span(t, `time ${t.text}`);
  for (const p of x.places) {
    span(p, `place ${p.text}`);
    if (p.relation) span(p.relation.anchor, `place relation anchor of ${p.text}`);
  }
  for (const f of x.figures) {
    span(f, `figure ${f.text}`);
    if (f.relative) span(f.relative.to, `figure relative target of ${f.text}`);
  }
  for (const c of x.claims) {
    for (const [part, s] of [["source", c.source], ["cue", c.cue], ["content", c.content]] as const) {
      span(s, `claim ${c.id} ${part}`);
      assert.ok(s.end > s.start, `${where}: claim ${c.id} has an empty ${part}`);
    }
    if (c.source.resolved_from) span(c.source.resolved_from, `claim ${c.id} antecedent`);
    if (c.channel) span(c.channel, `claim ${c.id} channel`);
    for (const h of c.hedges) span(h, `claim ${c.id} hedge`);
    assert.ok(c.source.actor || c.source.unnamed || c.source.text, `${where}: claim ${c.id} has no source`);
  }
  for (const e of x.events) span(e.trigger, `event ${e.id}`);
  for (const d of x.diagnostics) span(d, `diagnostic ${d.rule}`);
  return checked;
}

describe("span integrity", () => {
  it("holds for every fixture and every example", async () => {
    const paths = [repo("examples"), repo("test/fixtures/articles")];
    let articles = 0;
    let items = 0;
    for await (const item of readInputs(paths, { today: "2099-12-31" })) {
      assert.ok("article" in item, "error" in item ? item.error.message : "");
      items += check(extractArticle(item.article, defaultResources()), item.where);
      articles++;
    }
    assert.ok(articles >= readdirSync(join(repo("examples"))).filter((f) => f.endsWith(".txt")).length);
    assert.ok(items > 1000, `only ${items} spans checked`);
  });
});
