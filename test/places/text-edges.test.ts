// Names at the very edges of the text: the recognizer's tests of the characters around a name
// (a currency sign, a slash, a hyphen) must read nothing past the text's end, and decide as they
// do inside it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { placeAt, placesIn } from "./helpers.js";

test("a name that ends the text is a place", () => {
  const text = "After two days on the road the convoy reached Kharkiv";
  assert.ok(placeAt(placesIn(text), "Kharkiv"), "Kharkiv");
});

test("a country's code on a currency sign that ends the text names no place", () => {
  const places = placesIn("The bridge was paid for in US$");
  assert.equal(placeAt(places, "US"), undefined);
});

test("a text that ends in a hyphen keeps the places before it", () => {
  const places = placesIn("Officials in Ohio said the vote was pre-");
  assert.ok(placeAt(places, "Ohio"), "Ohio");
});

test("a name between slashes at the text's start and end is a strain, not a place", () => {
  assert.equal(placeAt(placesIn("/California/"), "California"), undefined);
});
