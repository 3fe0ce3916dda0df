// The library entry point: `import { extract } from "crosscheck"`.
import type { Resources } from "./core/context.js";
import { extractArticle } from "./core/extract.js";
import type { Article, Extraction } from "./core/types.js";
import { isCalendarDate, sanitiseText } from "./input/article-fields.js";
import { defaultResources } from "./resources/index.js";

export type { Resources } from "./core/context.js";
export type * from "./core/types.js";
export { SCHEMA_VERSION } from "./core/types.js";
export { loadResources, defaultResources, type ResourceOptions } from "./resources/index.js";

/** An article as a library user gives it: only `date` and `text` are required. */
export interface ArticleInput {
  date: string;
  text: string;
  id?: string | null;
  source?: string | null;
  title?: string | null;
  url?: string | null;
}

/**
 * Extracts claims, events, times, places and figures from one article. Pure and synchronous; the
 * built-in resources are loaded on the first call unless you pass your own (see loadResources).
 */
export function extract(input: ArticleInput, resources: Resources = defaultResources()): Extraction {
  if (typeof input?.text !== "string") throw new TypeError('extract: "text" must be a string');
  if (typeof input.date !== "string" || !isCalendarDate(input.date)) throw new TypeError('extract: "date" must be a calendar date YYYY-MM-DD');
  const article: Article = {
    id: input.id ?? null,
    date: input.date,
    source: input.source ?? null,
    title: input.title ?? null,
    url: input.url ?? null,
    text: sanitiseText(input.text),
  };
  return extractArticle(article, resources);
}
