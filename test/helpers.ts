// Shared test helpers: repository paths and small article builders.
import { fileURLToPath } from "node:url";
import type { Article } from "../src/core/types.js";

/** Absolute path inside the repository (tests compile to dist/test/). */
export function repo(path: string): string {
  return fileURLToPath(new URL(`../../${path}`, import.meta.url));
}

export function article(text: string, date = "2024-08-14", extra: Partial<Article> = {}): Article {
  return { id: null, date, source: null, title: null, url: null, text, ...extra };
}
