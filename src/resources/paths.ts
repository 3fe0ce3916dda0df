import { fileURLToPath } from "node:url";

/** Absolute path of a file in src/data (compiled code lives in dist/src/resources). */
export function dataPath(name: string): string {
  return fileURLToPath(new URL(`../../../src/data/${name}`, import.meta.url));
}

/** Absolute path of a file or folder at the repository root. */
export function repoPath(name: string): string {
  return fileURLToPath(new URL(`../../../${name}`, import.meta.url));
}
