// What the command modules share: the output streams and opening the ledger for one command.
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
