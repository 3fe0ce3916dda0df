import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildDoc } from "../../src/core/document.js";
import { Shape, isUpper } from "../../src/core/segment/tokenize.js";
import { article } from "../helpers.js";

function sentences(text: string): string[] {
  const doc = buildDoc(article(text));
  return doc.sentences.map((s) => text.slice(s.start, s.end));
}

describe("sentence splitting", () => {
  it("keeps abbreviations inside sentences", () => {
    const text = "Troops crossed on Aug. 6 near the border. A U.S. official said Gen. Valery Gerasimov was in St. Petersburg. Sukhoi Su-34 bombers struck.";
    assert.deepEqual(sentences(text), [
      "Troops crossed on Aug. 6 near the border.",
      "A U.S. official said Gen. Valery Gerasimov was in St. Petersburg.",
      "Sukhoi Su-34 bombers struck.",
    ]);
  });

  it("keeps 'Ste.' (Sainte) inside a place name", () => {
    assert.deepEqual(sentences("He grew up in Sault Ste. Marie, Ontario. Then he left."), ["He grew up in Sault Ste. Marie, Ontario.", "Then he left."]);
  });

  it("ends a sentence after an acronym when a sentence starter follows", () => {
    assert.deepEqual(sentences("Aid came from the U.S. The rest came later."), ["Aid came from the U.S.", "The rest came later."]);
  });

  it("keeps a title after an acronym in its sentence ('U.S. President Donald Trump said')", () => {
    const text = "The two sides agreed to a truce after days of drone and artillery attacks, U.S. President Donald Trump said.";
    assert.deepEqual(sentences(text), [text]);
  });

  it("keeps closing quotes with their sentence and splits at paragraphs and headings", () => {
    const text = '"It is hard," he said. "We hold."\n\nRussia on Defensive\n\nPutin spoke on Monday.';
    assert.deepEqual(sentences(text), ['"It is hard," he said.', '"We hold."', "Russia on Defensive", "Putin spoke on Monday."]);
  });

  it("after a quotation closed by a full stop, an attribution tail stays but a new reported sentence splits", () => {
    const text = '"Why now?" he asked. "We hold." Syrskyi said. The mayor called the damage "severe." He said the water supply was cut.';
    assert.deepEqual(sentences(text), ['"Why now?" he asked.', '"We hold." Syrskyi said.', 'The mayor called the damage "severe."', "He said the water supply was cut."]);
  });

  it("a full stop inside a short parenthetical ends no sentence unless a new one starts after it", () => {
    const text = "Rep. Ann Ray (R-S.C.) said the aid was late. The town fell (see map.) Then rain came.";
    assert.deepEqual(sentences(text), ["Rep. Ann Ray (R-S.C.) said the aid was late.", "The town fell (see map.)", "Then rain came."]);
  });

  it("does not split inside numbers, initials or lower-case continuations", () => {
    assert.deepEqual(sentences("The rouble lost 8.5% since John F. Kennedy's era... and more. Next one."), [
      "The rouble lost 8.5% since John F. Kennedy's era... and more.",
      "Next one.",
    ]);
  });
});

describe("text without full stops", () => {
  it("is cut into sentences of a bounded length, so that no layer works on one unbounded sentence", () => {
    const text = "and the drones flew on ".repeat(500);
    const doc = buildDoc(article(text));
    assert.ok(doc.sentences.length >= 5, `${doc.sentences.length} sentences`);
    for (let s = 0; s < doc.sentences.length; s++) assert.ok(doc.sentenceLast[s] - doc.sentenceFirst[s] <= 400);
    assert.equal(doc.sentences[0].start, 0);
    assert.equal(doc.sentences[doc.sentences.length - 1].end, text.trimEnd().length);
  });
});

describe("wire datelines", () => {
  it("a dateline opening a paragraph is a sentence of its own", () => {
    assert.deepEqual(sentences("KHARKIV, March 3 (Wire) - Shelling hit the centre overnight, the mayor said."), [
      "KHARKIV, March 3 (Wire) -",
      "Shelling hit the centre overnight, the mayor said.",
    ]);
    assert.deepEqual(sentences("Intro line.\n\nDNIPRO (AP) \u2014 Two drones hit a depot."), ["Intro line.", "DNIPRO (AP) \u2014", "Two drones hit a depot."]);
  });

  it("capitals and dashes elsewhere are no dateline", () => {
    assert.deepEqual(sentences("NATO allies met - and agreed nothing."), ["NATO allies met - and agreed nothing."]);
    assert.deepEqual(sentences("The UN said - without evidence - that talks failed."), ["The UN said - without evidence - that talks failed."]);
    assert.deepEqual(sentences("KYIV - 2 drones were shot down."), ["KYIV - 2 drones were shot down."]);
  });
});

describe("tokens", () => {
  it("a double hyphen typed for an em dash is one token", () => {
    const doc = buildDoc(article("The army -- by its own account -- held the bridge."));
    assert.deepEqual(doc.tokens.lower.filter((w) => w.includes("-")), ["--", "--"]);
  });

  it("splits possessives and keeps hyphenated words and model names whole", () => {
    const doc = buildDoc(article("Russia's pro-Russian Su-34 jets, 1,000 km."));
    assert.deepEqual(doc.tokens.lower, ["russia", "'s", "pro-russian", "su-34", "jets", ",", "1,000", "km", "."]);
  });

  it("never splits a surrogate pair and indexes CRLF text exactly", () => {
    const text = "Fire \u{1F525} here.\r\nNext line.";
    const doc = buildDoc(article(text));
    for (let t = 0; t < doc.tokens.count; t++) {
      const piece = text.slice(doc.tokens.start[t], doc.tokens.end[t]);
      assert.equal(piece, [...piece].join(""));
      assert.ok(piece.trim().length > 0);
    }
    assert.equal(doc.sentences.length, 2);
  });

  it("lower forms equal each token's own lower-casing, also beside a final sigma, a dotted I or a lone surrogate", () => {
    for (const text of ["ΟΔΟΣ Αθηνών, İSTANBUL and KYIV.", "\ud83d\ud801\udc00 Deseret", "Plain ASCII Text, Ünïcode Straße’s QUOTES."]) {
      const doc = buildDoc(article(text));
      for (let t = 0; t < doc.tokens.count; t++) assert.equal(doc.tokens.lower[t], text.slice(doc.tokens.start[t], doc.tokens.end[t]).toLowerCase());
    }
  });

  it("lower-cases every code unit but the capital sigma, the dotted I and surrogates alone, whatever its neighbours", () => {
    // The tokenizer slices lower forms from the lower-cased text (segment/tokenize.ts, CONTEXTUAL_CASE).
    const contextual = new Set([0x130, 0x3a3]);
    const neighbours = ["A", "a", " ", "'", "\u0301", "\u0391", "I", "\u0307"];
    for (let c = 0; c < 0x10000; c++) {
      if (contextual.has(c) || (c >= 0xd800 && c <= 0xdfff)) continue;
      const unit = String.fromCharCode(c);
      assert.equal(unit.toLowerCase().length, 1);
      for (const x of neighbours) for (const y of neighbours) assert.equal((x + unit + y).toLowerCase(), x.toLowerCase() + unit.toLowerCase() + y.toLowerCase());
    }
  });

  it("marks each token's shape: a capital first letter, a hyphen-minus inside", () => {
    const text = "Pro-Russian forces near Ölbach held twenty-five km‐long lines, Gen. Smith's U.S. ally (Kyiv) said — \"Yes\" -- 1990s.";
    const doc = buildDoc(article(text));
    const shapeOf = (word: string): number => doc.tokens.shape[doc.tokens.lower.indexOf(word)];
    assert.equal(shapeOf("pro-russian"), Shape.Capital | Shape.Hyphen);
    assert.equal(shapeOf("twenty-five"), Shape.Hyphen);
    assert.equal(shapeOf("ölbach"), Shape.Capital);
    // A typographic hyphen joins the word but is no hyphen-minus.
    assert.equal(shapeOf("km‐long"), 0);
    assert.equal(shapeOf("gen."), Shape.Capital);
    assert.equal(shapeOf("u.s."), Shape.Capital);
    assert.equal(shapeOf("--"), 0);
    for (let t = 0; t < doc.tokens.count; t++) {
      const w = doc.tokens.lower[t];
      assert.equal((doc.tokens.shape[t] & Shape.Capital) !== 0, isUpper(text.charCodeAt(doc.tokens.start[t])), w);
      assert.equal((doc.tokens.shape[t] & Shape.Hyphen) !== 0, w.indexOf("-") > 0, w);
    }
  });

  it("copes with empty and whitespace-only text", () => {
    assert.equal(buildDoc(article("")).sentences.length, 0);
    assert.equal(buildDoc(article(" \n\n\t ")).tokens.count, 0);
  });
});
