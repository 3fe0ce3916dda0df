// The analyst's desk in a real headless Chromium over a ledger built from examples/: the map, the
// timeline brush, disputes, series, the reader's layer toggles and upload by drag and drop. Every
// test saves a screenshot in test/output/ and checks that no request left the machine.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Page } from "playwright-core";
import { join } from "node:path";
import { repoPath } from "../../src/resources/paths.js";
import { OUTPUT, startDesk, type Desk } from "./desk-fixture.js";

let desk: Desk;
let server: Desk["server"];

before(async () => {
  desk = await startDesk("desk");
  ({ server } = desk);
});

after(async () => {
  await desk?.close();
});

interface Watched {
  page: Page;
  outside: string[];
  errors: string[];
}

async function open(hash: string, viewport = { width: 1280, height: 800 }, on: Desk = desk): Promise<Watched> {
  const page = await on.browser.newPage({ viewport });
  const outside: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["127.0.0.1", "localhost"].includes(url.hostname) && url.protocol !== "data:" && url.protocol !== "blob:") outside.push(request.url());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(`${on.server.url}/${hash}`);
  await page.waitForSelector("main[data-ready]");
  return { page, outside, errors };
}

/** Waits until the view has rendered again after a navigation. */
async function nextRender(page: Page, before: string | null): Promise<void> {
  await page.waitForFunction((b) => document.querySelector("main")?.dataset.ready !== b, before);
}

async function finish(w: Watched, name: string, expected?: RegExp): Promise<void> {
  await w.page.screenshot({ path: join(OUTPUT, name) });
  await w.page.close();
  assert.deepEqual(w.errors.filter((e) => !expected?.test(e)), [], "no script or console errors in the page");
  assert.deepEqual(w.outside, [], "no request left localhost");
}

test("map: markers in Russia and Ukraine on an offline basemap; a marker leads to its claims and a sentence in the reader", async () => {
  const w = await open("#/map");
  const { page } = w;
  await page.waitForSelector(".map-svg .marker");
  const map = await page.evaluate(() => ({
    land: document.querySelectorAll(".map-svg .land path").length,
    countries: [...document.querySelectorAll<SVGGElement>(".map-svg .marker")].flatMap((m) => (m.dataset.countries ?? "").split(",")),
    markers: document.querySelectorAll(".map-svg .marker").length,
  }));
  assert.ok(map.land > 100, "the countries basemap is drawn");
  assert.ok(map.countries.includes("RU"), "a marker in Russia");
  assert.ok(map.countries.includes("UA"), "a marker in Ukraine");
  // The biggest marker in Russia (the Kursk cluster): its selection lists claims with links into the reader.
  const marker = page.locator(".map-svg .marker[data-countries*='RU']").first();
  await marker.click();
  const claimLink = page.locator(".map-side .pick-claims a").first();
  await claimLink.waitFor();
  await page.screenshot({ path: join(OUTPUT, "map.png") });
  await claimLink.click();
  await page.waitForURL(/#\/article\/\d+\?claim=c\d+/);
  await page.waitForSelector(".article-body .sentence-focus .claim-focus");
  assert.ok(((await page.locator(".article-body .sentence-focus").first().textContent()) ?? "").length > 20, "a highlighted sentence");
  await finish(w, "map-to-reader.png");
});

test("map: the status says how many markers the fitted view leaves out, and the whole world leaves out none", async () => {
  const w = await open("#/map");
  const { page } = w;
  await page.waitForSelector(".map-svg .marker");
  const fitted = (await page.locator("p.status").textContent()) ?? "";
  assert.match(fitted, /markers on screen( · \d+ outside this view \(“Whole world” shows them\))?$/);
  await page.locator("a.button", { hasText: "Whole world" }).click();
  await page.waitForURL(/view=world/);
  // The world view is drawn when its toggle offers to fit the markers again.
  await page.locator("a.button", { hasText: "Fit to markers" }).waitFor();
  await page.waitForSelector(".map-svg .marker");
  const whole = (await page.locator("p.status").textContent()) ?? "";
  assert.doesNotMatch(whole, /outside this view/);
  await finish(w, "map-world.png");
});

test("timeline: brushing a range filters the claims table through the URL", async () => {
  const w = await open("#/claims");
  const { page } = w;
  await page.waitForSelector("table.claims tbody tr");
  await page.waitForSelector(".timeline-svg .tl-overlay");
  const all = await page.locator("table.claims tbody tr").count();
  const box = (await page.locator(".timeline-svg .tl-overlay").boundingBox())!;
  const ready = await page.evaluate(() => document.querySelector("main")!.dataset.ready ?? null);
  // Drag across the first two weeks of August.
  await page.mouse.move(box.x + box.width * 0.02, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.12, box.y + box.height / 2, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await page.waitForURL(/since=\d{4}-\d{2}-\d{2}&until=\d{4}-\d{2}-\d{2}/);
  await nextRender(page, ready);
  await page.waitForSelector("table.claims tbody tr");
  const url = new URL(page.url().replace("#/claims", "claims"));
  const since = url.searchParams.get("since")!;
  const until = url.searchParams.get("until")!;
  const dates = await page.locator("table.claims tbody tr").evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.claimDate ?? ""));
  assert.ok(dates.length > 0 && dates.length < all, `${dates.length} of ${all} claims in ${since}..${until}`);
  for (const d of dates) assert.ok(d.slice(0, 10) >= since && d.slice(0, 10) <= until, `${d} outside ${since}..${until}`);
  assert.equal(await page.locator(".chips").getByText(since).count(), 1, "the range shows as an active filter");
  // The same range follows to the other views.
  assert.match((await page.locator("nav a", { hasText: "Map" }).getAttribute("href")) ?? "", new RegExp(`since=${since}`));
  await finish(w, "timeline-brush.png");
});

test("disputes: the territory dispute with Kyiv's figures next to Moscow's 'about half'", async () => {
  const w = await open("#/disputes");
  const { page } = w;
  const section = page.locator("section.dispute[data-proposition='territory_held|UA|Kursk Oblast|2024-08']");
  await section.waitFor();
  const ua = section.locator(".side-col[data-side='UA']");
  const ru = section.locator(".side-col[data-side='RU']");
  assert.match((await ua.textContent()) ?? "", /1,000 sq km/);
  assert.match((await ua.textContent()) ?? "", /1,150 sq km/);
  assert.match((await ru.textContent()) ?? "", /about half/);
  const [a, b] = [(await ua.boundingBox())!, (await ru.boundingBox())!];
  assert.ok(Math.abs(a.y - b.y) < 2 && a.x < b.x, "the two sides stand next to each other");
  // Each figure's sentence links to the reader.
  const href = (await ru.locator("a.obs-sentence").first().getAttribute("href")) ?? "";
  assert.match(href, /^#\/article\/\d+/);
  await section.scrollIntoViewIfNeeded();
  await finish(w, "disputes.png");
});

test("series: one line per side for Kyiv's territory in Kursk (UA) and Russia's figure; points link to their claims", async () => {
  const w = await open(`#/series?topic=${encodeURIComponent("territory_held|UA|Kursk Oblast")}`);
  const { page } = w;
  await page.waitForSelector(".series-svg path.series-line", { state: "attached" });
  const sides = await page.locator(".series-svg path.series-line").evaluateAll((ps) => ps.map((p) => p.getAttribute("data-side")).sort());
  assert.deepEqual(sides, ["RU", "UA"]);
  assert.ok((await page.locator(".series-svg g[data-side='UA'] a.series-point").count()) >= 5, "Kyiv's figures over August and September");
  assert.equal(await page.locator(".series-svg g[data-side='RU'] a.series-point").count(), 1, "Moscow's 'about half'");
  await page.screenshot({ path: join(OUTPUT, "series.png") });
  await page.locator(".series-svg g[data-side='RU'] a.series-point").click();
  await page.waitForURL(/#\/article\/\d+/);
  await page.waitForSelector(".article-body .sentence-focus");
  assert.match((await page.locator(".article-body .sentence-focus").first().textContent()) ?? "", /about half/);
  await finish(w, "series-to-reader.png");
});

test("series: the side labels of lines that end close together do not overlap", async () => {
  // Three sides give tolls of 33-35 for one strike within a day of each other (a desk of its own,
  // so the shared one keeps the examples alone).
  const own = await startDesk("labels", [repoPath("test/fixtures/series-labels")]);
  try {
    const w = await open(`#/series?topic=${encodeURIComponent("civilian_dead|civilians|Sumy Oblast")}`, undefined, own);
    await w.page.waitForSelector(".series-svg text.series-label", { state: "attached" });
    // A body speaking for itself is labelled by its name, not the ledger's "AMNESTY:..." key.
    assert.deepEqual((await w.page.locator(".series-svg text.series-label").allTextContents()).sort(), ["Amnesty International", "UA", "UN"]);
    await seriesLabelsApart(w);
  } finally {
    await own.close();
  }
});

/** Checks that no two side labels of the series on screen overlap. */
async function seriesLabelsApart(w: Watched): Promise<void> {
  const { page } = w;
  await page.waitForSelector(".series-svg text.series-label", { state: "attached" });
  const boxes = await page.locator(".series-svg text.series-label").evaluateAll((ts) => ts.map((t) => (t as SVGTextElement).getBBox()).map((b) => ({ x: b.x, y: b.y, w: b.width, h: b.height })));
  assert.ok(boxes.length >= 3, `labels: ${boxes.length}`);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
      assert.ok(!overlap, `labels ${i} and ${j} overlap: ${JSON.stringify([a, b])}`);
    }
  }
  await finish(w, "series-labels.png");
}

test("reader: layer toggles live in the URL and survive a reload; a claim shows its ledger entry", async () => {
  const claims = (await (await fetch(`${server.url}/api/claims?verdict=disputed&limit=1`)).json()) as { items: { article_id: number; local_id: string }[] };
  const c = claims.items[0];
  const w = await open(`#/article/${c.article_id}?claim=${c.local_id}`);
  const { page } = w;
  await page.waitForSelector(".article-body .claim-focus");
  await page.locator("label.toggle-entities input").uncheck();
  await page.locator("label.toggle-times input").uncheck();
  await page.waitForURL(/hide=entities(%2C|,)times/);
  assert.equal(await page.locator(".article-body.hide-entities.hide-times").count(), 1);
  await page.reload();
  await page.waitForSelector(".article-body .claim-focus");
  assert.equal(await page.locator("label.toggle-entities input").isChecked(), false);
  assert.equal(await page.locator("label.toggle-claims input").isChecked(), true);
  assert.equal(await page.locator(".article-body.hide-entities.hide-times").count(), 1);
  const ledger = page.locator(`.focus-box [data-claim-ledger='${c.local_id}']`);
  assert.match((await ledger.textContent()) ?? "", /disputed/);
  assert.ok((await ledger.locator("a[href^='#/series']").count()) > 0, "links to the proposition's series");
  // Clicking another claim's highlight in the text focuses it.
  const other = await page.locator(".article-body mark.claim-cue:not(.claim-focus)").first();
  if ((await other.count()) > 0) {
    const id = await other.getAttribute("data-claim");
    await other.click();
    await page.waitForURL(new RegExp(`claim=${id}`));
    await page.waitForSelector(`.focus-box h2:text("Claim ${id}")`);
  }
  await finish(w, "reader-layers.png");
});

test("claim kind: choosing one in the filter bar lists only those claims and shows it as an active filter", async () => {
  const w = await open("#/claims");
  const { page } = w;
  await page.waitForSelector("table.claims tbody tr");
  const all = await page.locator("table.claims tbody tr").count();
  const ready = await page.evaluate(() => document.querySelector("main")!.dataset.ready ?? null);
  await page.selectOption("#filter-kind", "speech");
  await page.click(".filters button[type=submit]");
  await page.waitForURL(/kind=speech/);
  await nextRender(page, ready);
  await page.waitForSelector("table.claims tbody tr");
  const kinds = await page.locator("table.claims tbody td.col-kind").allTextContents();
  assert.ok(kinds.length > 0 && kinds.length < all, `${kinds.length} of ${all} claims are speech`);
  assert.ok(kinds.every((k) => k === "speech"), kinds.join(", "));
  assert.equal(await page.locator(".chips").getByText("speech").count(), 1);
  await finish(w, "claims-kind.png");
});

test("upload: files dropped on the page are ingested; a bad file is reported with its line, the good one stored", async () => {
  const w = await open("#/claims");
  const { page } = w;
  const before = (await (await fetch(`${server.url}/api/stats`)).json()) as { articles: number };
  const good = "date 2024-08-31\nsource Desk Upload Test\ntitle Evacuations continue in Sumy\n\nOfficials in Sumy said on Saturday that 2,000 more residents had been evacuated from border villages.";
  const bad = `${JSON.stringify({ date: "2024-08-31", text: "A good line." }).slice(0, 20)}\n{"date": "2024-02-30", "text": "Dated badly."}`;
  const drop = await page.evaluateHandle(([g, b]) => {
    const data = new DataTransfer();
    data.items.add(new File([g], "good-report.txt", { type: "text/plain" }));
    data.items.add(new File([b], "broken.jsonl", { type: "application/x-ndjson" }));
    return data;
  }, [good, bad]);
  await page.dispatchEvent("body", "dragenter", { dataTransfer: drop });
  await page.dispatchEvent("body", "drop", { dataTransfer: drop });
  await page.waitForSelector(".upload-item[data-file='good-report.txt'].ok");
  await page.waitForSelector(".upload-item[data-file='broken.jsonl'].failed");
  const report = (await page.locator(".upload-item[data-file='broken.jsonl']").textContent()) ?? "";
  assert.match(report, /broken\.jsonl:1/);
  assert.match(report, /broken\.jsonl:2.*calendar date/);
  assert.match((await page.locator(".upload-item[data-file='good-report.txt']").textContent()) ?? "", /1 stored/);
  const after = (await (await fetch(`${server.url}/api/stats`)).json()) as { articles: number };
  assert.equal(after.articles, before.articles + 1);
  await page.waitForFunction((n) => document.querySelector(".stats")?.textContent?.includes(`${n} articles`), after.articles);
  // The browser logs the refused file's 422 as a failed load: that one is expected.
  await finish(w, "upload.png", /status of 422/);
});

test("phone-sized screen: the map and the claims fit the width and stay usable", async () => {
  const w = await open("#/claims", { width: 390, height: 844 });
  const { page } = w;
  await page.waitForSelector("table.claims tbody tr");
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok((await overflow()) <= 1, "no sideways scrolling on the claims view");
  await page.screenshot({ path: join(OUTPUT, "phone-claims.png") });
  const ready = await page.evaluate(() => document.querySelector("main")!.dataset.ready ?? null);
  await page.evaluate(() => { location.hash = "#/map"; });
  await nextRender(page, ready);
  await page.waitForSelector(".map-svg .marker");
  assert.ok((await overflow()) <= 1, "no sideways scrolling on the map view");
  await finish(w, "phone-map.png");
});
