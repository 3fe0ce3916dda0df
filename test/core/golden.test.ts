// Golden fixtures: each article in test/fixtures/articles has its expected extraction summary in
// test/fixtures/golden. Regenerate on purpose with UPDATE=1 and review the diff.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import type { Extraction } from "../../src/core/types.js";
import { parseDateline } from "../../src/input/dateline.js";
import { defaultResources } from "../../src/resources/index.js";
import { repo } from "../helpers.js";

const ARTICLES = repo("test/fixtures/articles");
const GOLDEN = repo("test/fixtures/golden");

export function summarise(x: Extraction): Record<string, string[]> {
  return {
    claims: x.claims.map((c) => {
      const who = c.source.actor ?? (c.source.unnamed ? `unnamed ${c.source.unnamed}` : "?");
      const extra = [c.time, c.polarity, ...c.hedges.map((h) => h.kind), ...(c.channel ? [`via ${c.channel.kind}`] : []), ...(c.parent ? [`in ${c.parent}`] : [])];
      return `${c.id}: ${c.source.text} [${who}${c.source.affiliation ? `, ${c.source.affiliation}` : ""}] | ${c.cue.text} | ${c.content.text} (${extra.join(", ")})`;
    }),
    times: x.times.map((t) => `${t.text} = ${t.value} (${t.type})`),
    places: x.places.map((p) => `${p.text} -> ${p.name} (${p.country ?? "-"}, ${p.precision})`),
    figures: x.figures.map((f) => `${f.text} = ${f.value ?? "?"} ${f.unit ?? ""} ${f.bound}${f.counted ? ` of ${f.counted}` : ""}`),
    events: x.events.map((e) => `${e.type}${e.mode ? `/${e.mode}` : ""} "${e.trigger.text}" actor=${e.actor ?? "-"} claim=${e.claim ?? "-"}`),
  };
}

describe("golden fixtures", () => {
  const names = readdirSync(ARTICLES).filter((f) => f.endsWith(".txt")).sort();
  it("has fixtures to check", () => assert.ok(names.length >= 5));
  for (const name of names) {
    it(name, () => {
      const article = parseDateline(name, readFileSync(join(ARTICLES, name), "utf8").replace(/^\ufeff/, ""), { today: "2099-12-31" });
      const actual = summarise(extractArticle(article, defaultResources()));
      const goldenPath = join(GOLDEN, name.replace(/\.txt$/, ".json"));
      if (process.env.UPDATE === "1") {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(goldenPath, `${JSON.stringify(actual, null, 2)}\n`);
      }
      assert.ok(existsSync(goldenPath), `no golden file for ${name}: run UPDATE=1 npm test and review it`);
      assert.deepEqual(actual, JSON.parse(readFileSync(goldenPath, "utf8")));
    });
  }
});
