// Command-line handling both bench scripts share: a bad option gets the script's usage, a count
// must be a positive whole number, and a missing ../shared is said once, not silently skipped.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

/** What `parse` returns, or null after printing its error and the usage. */
export function parsedOrUsage<T>(usage: string, parse: () => T): T | null {
  try {
    return parse();
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return null;
  }
}

/** Option `name`'s value as a positive whole number, or null after saying what was expected. */
export function positiveInteger(name: string, written: string, usage: string): number | null {
  const n = Number(written);
  if (Number.isInteger(n) && n > 0) return n;
  console.error(`--${name} takes a positive whole number, not "${written}"\n\n${usage}`);
  return null;
}

/** The shared datasets' eval/ folder under `shared` (default ../shared), or null after saying it is missing. */
export function sharedEvalFolder(shared: string | undefined, instead: string): string | null {
  const folder = join(resolve(shared ?? "../shared"), "eval");
  if (existsSync(folder)) return folder;
  console.error(`shared datasets not found at ${folder}; ${instead} (pass --shared PATH to use them)`);
  return null;
}
