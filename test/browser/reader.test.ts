// End-to-end: a real headless Chromium opens the UI over a ledger built from examples/, clicks a
// claim in the table and checks that the reader marks exactly that claim.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { ClaimRow } from "../../src/store/store.js";
import { join } from "node:path";
import { OUTPUT, startDesk, type Desk } from "./desk-fixture.js";

let desk: Desk;
let server: Desk["server"];
let browser: Desk["browser"];

before(async () => {
  desk = await startDesk("browser");
  ({ server, browser } = desk);
});

after(async () => {
  await desk?.close();
});

test("clicking a claim opens the reader with its source, cue, content and sentence marked", async () => {
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  const claims = (await (await fetch(`${server.url}/api/claims?limit=1000`)).json()) as { items: ClaimRow[] };
  assert.ok(claims.items.length > 2, "the examples yield claims");

  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const outside: string[] = [];
  const pageErrors: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["127.0.0.1", "localhost"].includes(url.hostname) && url.protocol !== "data:") outside.push(request.url());
  });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  // Console errors include Content-Security-Policy violations and failed loads.
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(message.text());
  });

  await page.goto(`${server.url}/#/claims`);
  await page.waitForSelector("table.claims tbody tr");
  // A claim a few rows down, so the reader has to scroll to it.
  const row = page.locator("table.claims tbody tr").nth(Math.min(5, claims.items.length - 1));
  const claimId = Number(await row.getAttribute("data-claim-id"));
  const claim = claims.items.find((c) => c.id === claimId);
  assert.ok(claim, `row claim ${claimId} is one the API returned`);
  await row.locator("td.col-cue").click();

  await page.waitForURL(`**/#/article/${claim.article_id}?claim=${claim.local_id}`);
  await page.waitForSelector(".article-body mark.claim-focus");
  const marked = await page.evaluate((local) => {
    const text = (selector: string) => [...document.querySelectorAll(`.article-body ${selector}`)].map((e) => e.textContent);
    const sentence = document.querySelector(".article-body .sentence-focus");
    const cue = document.querySelector(`.article-body .claim-cue.claim-focus`);
    return {
      source: text(".claim-source.claim-focus"),
      cue: text(".claim-cue.claim-focus"),
      content: text(".claim-content.claim-focus").join(""),
      sentences: document.querySelectorAll(".article-body .sentence-focus").length,
      cueInSentence: !!(sentence && cue && sentence.contains(cue)),
      allFocusedAreThisClaim: [...document.querySelectorAll(".article-body .claim-focus")].every((e) => (e as HTMLElement).dataset.claim === local),
    };
  }, claim.local_id);
  assert.deepEqual(marked.source, [claim.source.text]);
  assert.deepEqual(marked.cue, [claim.cue.text]);
  assert.equal(marked.content, claim.content.text, "the content parts together read as the claim's content");
  assert.equal(marked.sentences, 1);
  assert.ok(marked.cueInSentence, "the highlighted sentence contains the claim");
  assert.ok(marked.allFocusedAreThisClaim);
  assert.equal(await page.locator(".article-body .claim-focus.claim-source").isVisible(), true);

  await page.screenshot({ path: join(OUTPUT, "reader.png") });
  await page.close();
  assert.deepEqual(pageErrors, [], "no script or console errors in the page");
  assert.deepEqual(outside, [], "no request left localhost");
});
