// What the command modules share: the output streams and opening the ledger for one command.
import { InvalidArgumentError } from "commander";
import { openStore } from "../store/open.js";
import type { Store } from "../store/store.js";

export interface Io {
  out: NodeJS.WriteStream;
  err: NodeJS.WriteStream;
}

export async function withStore<T>(db: string, use: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/** An option parser for whole numbers of at least `min`; a bad value is a one-line usage error. */
export function wholeNumber(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(min === 0 ? "expected a whole number" : `expected a whole number of at least ${min}`);
    return n;
  };
}
