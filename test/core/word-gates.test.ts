import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import { buildDoc, wordGates, wordIds } from "../../src/core/document.js";
import { WORD_GATES, WordGates } from "../../src/core/segment/word-gates.js";
import { defaultResources } from "../../src/resources/index.js";
import { article } from "../helpers.js";

describe("word gates", () => {
  it("sets each table's bit on exactly the tokens whose lower-cased form it holds", () => {
    const gates = new WordGates();
    const said = gates.claim(["said", "told"]);
    const shared = gates.claim(["told", "monday"]);
    assert.notEqual(said, shared);
    const bits = gates.gatesOf(["he", "said", "told", "monday", "Monday", ""], 6);
    assert.deepEqual([...bits], [0, said, said | shared, shared, 0, 0]);
  });

  it("reads only the first count words", () => {
    const gates = new WordGates();
    const bit = gates.claim(["said"]);
    assert.deepEqual([...gates.gatesOf(["said", "said"], 1)], [bit]);
  });

  it("refuses a 33rd table", () => {
    const full = new WordGates();
    for (let i = 0; i < 32; i++) full.claim([`w${i}`]);
    assert.throws(() => full.claim(["w32"]), /more than 32/);
  });

  it("gives the last of 32 tables a usable bit", () => {
    const gates = new WordGates();
    let last = 0;
    for (let i = 0; i < 32; i++) last = gates.claim([`w${i}`]);
    const bits = gates.gatesOf(["w31", "w0"], 2);
    assert.notEqual(bits[0] & last, 0);
    assert.equal(bits[1] & last, 0);
  });

  it("are computed for each token of a document, once, and again after a new table", () => {
    const doc = buildDoc(article("Officials said on Monday that 12 drones were downed, according to the ministry."));
    const gates = wordGates(doc);
    assert.equal(gates.length, doc.tokens.count);
    assert.equal(wordGates(doc), gates);
    const said = doc.tokens.lower.indexOf("said");
    const drones = doc.tokens.lower.indexOf("drones");
    // "said" opens a claim and "according" a phrase cue; "drones" is in no per-token table.
    assert.notEqual(gates[said], 0);
    assert.notEqual(gates[doc.tokens.lower.indexOf("according")], 0);
    assert.equal(gates[drones], 0);
    // A layer whose module loads after the document was built still finds its words.
    const late = WORD_GATES.claim(["drones"]);
    const again = wordGates(doc);
    assert.notEqual(again, gates);
    assert.equal(again[drones], late);
    assert.equal(again[said], gates[said]);
  });

  it("give each claimed word one id, the same in every scan, and -1 to any other word", () => {
    const gates = new WordGates();
    gates.claim(["said", "told"]);
    gates.claim(["told", "monday"]);
    assert.equal(gates.size, 3);
    const said = gates.idOf("said");
    const told = gates.idOf("told");
    const monday = gates.idOf("monday");
    assert.deepEqual([said, told, monday].sort(), [0, 1, 2]);
    assert.equal(gates.idOf("Monday"), -1);
    const scan = gates.scan(["monday", "he", "said", "told", "said"], 5);
    assert.deepEqual([...scan.ids], [monday, -1, said, told, said]);
    assert.deepEqual([...scan.gates], [...gates.gatesOf(["monday", "he", "said", "told", "said"], 5)]);
  });

  it("give a document's tokens the ids of their words, computed with the gates", () => {
    const doc = buildDoc(article("The ministry said the drones were downed. The army said nothing."));
    const ids = wordIds(doc);
    const gates = wordGates(doc);
    const lower = doc.tokens.lower;
    assert.equal(ids.length, doc.tokens.count);
    const said = lower.indexOf("said");
    assert.equal(ids[said], WORD_GATES.idOf("said"));
    assert.equal(ids[lower.lastIndexOf("said")], ids[said]);
    for (let t = 0; t < doc.tokens.count; t++) assert.equal(ids[t] < 0, gates[t] === 0, lower[t]);
  });

  it("leave extraction of the gated words to their layers", () => {
    const x = extractArticle(article("Officials said on Monday that 12 drones were downed near Kursk, according to the ministry."), defaultResources());
    assert.ok(x.claims.some((c) => c.cue.text === "said"));
    assert.ok(x.times.some((t) => t.text.includes("Monday")));
    assert.ok(x.figures.some((f) => f.text.startsWith("12")));
  });
});
