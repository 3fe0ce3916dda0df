// On every example and fixture, a sentence with a reporting word holds a claim, and every claim has
// a source, a cue and a content. The one kind of sentence allowed to have none is the outlet's own
// "could not independently verify the claims" line, which must hedge the claims before it instead.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import type { Extraction } from "../../src/core/types.js";
import { readInputs } from "../../src/input/read.js";
import { defaultResources } from "../../src/resources/index.js";
import { repo } from "../helpers.js";

const REPORTING = /\b(said|says|say|told|added|according to|claimed|reported|wrote|announced|stated|denied|accused|insisted|confirmed)\b/i;
const VERIFY_HEDGE = /\b(could not|was not able to|were not able to|unable to)\b.*\bverif/i;

async function extractions(): Promise<Extraction[]> {
  const out: Extraction[] = [];
  for await (const item of readInputs([repo("examples"), repo("test/fixtures/articles")], { today: "2099-12-31" })) {
    if ("article" in item) out.push(extractArticle(item.article, defaultResources()));
  }
  return out;
}

describe("claims coverage on the examples and fixtures", () => {
  it("leaves no sentence with a reporting word without a claim", async () => {
    const missing: string[] = [];
    for (const x of await extractions()) {
      x.sentences.forEach((s, i) => {
        const text = x.article.text.slice(s.start, s.end);
        if (!REPORTING.test(text) || x.claims.some((c) => c.sentence === i)) return;
        if (VERIFY_HEDGE.test(text)) {
          const hedged = x.claims.some((c) => c.hedges.some((h) => h.kind === "unverified" && h.start >= s.start && h.end <= s.end));
          const prior = x.claims.some((c) => c.sentence === i - 1);
          if (hedged || !prior) return;
        }
        missing.push(`${x.article.id ?? x.article.title}: ${text}`);
      });
    }
    assert.deepEqual(missing, []);
  });

  it("gives every claim a source (named or typed unnamed), a cue and a content", async () => {
    for (const x of await extractions()) {
      for (const c of x.claims) {
        const where = `${x.article.id}: ${c.id} ${c.source.text} | ${c.cue.text}`;
        assert.ok(c.source.actor !== null || c.source.unnamed !== null, `${where}: source neither named nor typed`);
        assert.ok(c.cue.text.trim().length > 0 && c.content.text.trim().length > 0, where);
      }
    }
  });
});
