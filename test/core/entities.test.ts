// Entities: names cut at titles, bodies named again without their country, commanders typed as
// people, and the speakers those entities give the claims layer.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import type { Extraction } from "../../src/core/types.js";
import { defaultResources } from "../../src/resources/index.js";
import { article } from "../helpers.js";

function run(text: string): Extraction {
  return extractArticle(article(text), defaultResources());
}

/** [text, type, actor] of every entity other than a demonym. */
function named(text: string): [string, string, string | null][] {
  return run(text).entities.filter((e) => e.type !== "NORP").map((e) => [e.text, e.type, e.actor]);
}

function speakers(text: string): [string, string | null, string | null][] {
  return run(text).claims.map((c) => [c.source.text, c.source.actor, c.source.affiliation]);
}

describe("a title inside a run of capitals starts a new name", () => {
  it("a known commander after a body and an abbreviated rank", () => {
    const text = "The head of the Russian Armed Forces Gen. Valery Gerasimov said the attack had been repelled.";
    assert.deepEqual(named(text), [
      ["Armed Forces", "ORG", "Armed Forces"],
      ["Valery Gerasimov", "PERSON", "Valery Gerasimov"],
    ]);
    assert.deepEqual(speakers(text), [["The head of the Russian Armed Forces Gen. Valery Gerasimov", "Valery Gerasimov", "RU"]]);
  });

  it("an unknown officer after a body and a two-word rank", () => {
    assert.deepEqual(named("A spokesman for the Eastern Command Lt. Col. Ivan Petrenko said two drones were downed."), [
      ["Eastern Command", "ORG", "Eastern Command"],
      ["Ivan Petrenko", "PERSON", "Ivan Petrenko"],
    ]);
  });

  it("a title word heading a body is part of its name", () => {
    assert.deepEqual(named("The General Staff said the bridge was hit."), [["General Staff", "ORG", "General Staff"]]);
  });
});

describe("commanders are people, units are bodies", () => {
  it("types military actors by the head of their name", () => {
    const types = new Map(run("Oleksandr Syrskyi visited the front. The Red Army memorial was damaged.").entities.map((e) => [e.actor, e.type]));
    assert.equal(types.get("Oleksandr Syrskyi"), "PERSON");
    assert.equal(types.get("Red Army"), "ORG");
  });
});

describe("a body named with its country, then without", () => {
  it("resolves the shorter name to the same body", () => {
    const text = "The Russian Defence Ministry said 40 drones were shot down. Later, the Defence Ministry said eight more had been destroyed.";
    assert.deepEqual(speakers(text), [
      ["The Russian Defence Ministry", "Russian Defence Ministry", "RU"],
      ["the Defence Ministry", "Russian Defence Ministry", "RU"],
    ]);
  });

  it("leaves the shorter name alone once another country's body of that name is met", () => {
    const text = "Ukraine's General Staff said 30 drones were downed. Belarus's General Staff said its border was calm. The General Staff said more were coming.";
    const actors = speakers(text).map((s) => s[1]);
    assert.equal(actors[0], "Ukrainian General Staff");
    assert.notEqual(actors[2], "Ukrainian General Staff");
  });

  it("does not lend the body to a name of a different kind", () => {
    const text = "The Russian Defence Ministry said 40 drones were shot down. The Defence Committee said it would meet on Monday.";
    assert.deepEqual(speakers(text)[1], ["The Defence Committee", "Defence Committee", null]);
  });
});

describe("a pronoun takes the person of its own sentence first", () => {
  it("'he' after 'the president' in the same sentence is the president, not the last speaker", () => {
    const text = [
      "President Volodymyr Zelenskiy said 92 settlements were under Ukrainian control.",
      "Air Force commander Mykola Oleshchuk said a second bridge had been destroyed.",
      "The president repeated the figure, which he said was checked by the army.",
    ].join(" ");
    const last = run(text).claims.at(-1)!;
    assert.equal(last.source.text, "he");
    assert.equal(last.source.actor, "Volodymyr Zelenskiy");
  });

  it("without a person in its sentence, 'he' is still the last speaker", () => {
    const text = [
      "President Volodymyr Zelenskiy said 92 settlements were under Ukrainian control.",
      "Air Force commander Mykola Oleshchuk said a second bridge had been destroyed.",
      "The bridge was the last one, he said.",
    ].join(" ");
    assert.equal(run(text).claims.at(-1)!.source.actor, "Mykola Oleshchuk");
  });
});

describe("the sides of wars beyond Ukraine", () => {
  it("a civil war's army and paramilitary are two sides, named by their usual forms", () => {
    const text = "Sudan's army said it had retaken the bridge. The RSF said the army was lying. Hezbollah said it fired rockets, and the IDF said it intercepted them.";
    assert.deepEqual(speakers(text), [
      ["Sudan's army", "Sudanese Armed Forces", "SD"],
      ["The RSF", "Rapid Support Forces", "RSF"],
      ["Hezbollah", "Hezbollah", "HEZBOLLAH"],
      ["the IDF", "Israel Defense Forces", "IL"],
    ]);
  });
});

describe("a diplomat named after a country's title speaks for that country", () => {
  it("'<country>'s envoy', 'deputy ambassador' and a capitalised title before a name", () => {
    const text = [
      "Norway's envoy Tor Hattrem said the talks had stalled.",
      "Brazil's deputy ambassador Sergio Danese called the vote a mistake.",
      "Deputy French Ambassador Nathalie Broadhurst said Paris would abstain.",
    ].join(" ");
    assert.deepEqual(speakers(text).map((s) => [s[1], s[2]]), [["Tor Hattrem", "NO"], ["Sergio Danese", "BR"], ["Nathalie Broadhurst", "FR"]]);
  });
});

describe("titles with a portfolio, and names a title introduces", () => {
  it("folds a portfolio title and takes the side from the demonym before it", () => {
    assert.deepEqual(speakers("Chilean Finance Minister Rosa Delgado said the budget would hold."), [
      ["Chilean Finance Minister Rosa Delgado", "Rosa Delgado", "CL"],
    ]);
    assert.deepEqual(speakers("Kenyan Foreign Secretary Amos Kiprono said talks would resume."), [
      ["Kenyan Foreign Secretary Amos Kiprono", "Amos Kiprono", "KE"],
    ]);
  });

  it("a country's name after a title is a first name when a surname follows", () => {
    assert.deepEqual(speakers("Israeli Interior Minister Israel Bar-Lev said the crossing was shut."), [
      ["Israeli Interior Minister Israel Bar-Lev", "Israel Bar-Lev", "IL"],
    ]);
    // Without a title the country stays the speaker.
    assert.deepEqual(speakers("Israel said the crossing was shut."), [["Israel", "Israel", "IL"]]);
  });

  it("keeps a particle inside a titled name, and reads the one-word 'Saudi'", () => {
    assert.deepEqual(speakers("Saudi Foreign Minister Faisal bin Farhan said the kingdom backed the talks."), [
      ["Saudi Foreign Minister Faisal bin Farhan", "Faisal bin Farhan", "SA"],
    ]);
  });
});

describe("capitals and bodies named with their country", () => {
  it("a UN member's capital speaks for its government", () => {
    assert.deepEqual(speakers("Nairobi denied the report."), [["Nairobi", "Kenya", "KE"]]);
  });

  it("a body after a demonym or a possessive takes that side", () => {
    const found = run("The Chilean Interior Ministry said roads were closed. Kenya's Electoral Commission said turnout was high.").entities;
    const sides = found.filter((e) => e.type === "ORG").map((e) => [e.text, e.affiliation]);
    assert.deepEqual(sides, [["Interior Ministry", "CL"], ["Electoral Commission", "KE"]]);
  });
});

describe("press-freedom and aid groups are bodies, whole", () => {
  it("'the Committee to Protect Journalists' and 'Reporters Without Borders' are organisations with their own side", () => {
    const x = extractArticle(
      article("The Committee to Protect Journalists said 12 reporters had been killed. Reporters Without Borders said the figure was higher.", "2025-03-04"),
      defaultResources(),
    );
    const named = x.entities.filter((e) => e.actor === "Committee to Protect Journalists" || e.actor === "Reporters Without Borders");
    assert.deepEqual(named.map((e) => [e.text, e.type, e.affiliation]), [
      ["Committee to Protect Journalists", "ORG", "CPJ"],
      ["Reporters Without Borders", "ORG", "RWB"],
    ]);
    assert.ok(!x.entities.some((e) => e.type === "PERSON"), "no person among them");
  });
});

describe("names with an Arabic article", () => {
  it("'al-Assad', 'el-Sisi' go on with the name before them, and the bare surname names the person again", () => {
    const x = run("President Bashar al-Assad left the capital on Sunday. Assad said he would not return.");
    assert.ok(x.entities.some((e) => e.type === "PERSON" && e.text === "Bashar al-Assad"));
    assert.equal(x.claims[0]?.source.actor, "Bashar al-Assad");
    // A lower-case word after a name is no part of it.
    assert.ok(!run("President Joe Biden al-most said so.").entities.some((e) => e.text.includes("al-most")));
  });
});
