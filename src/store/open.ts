import { SqliteStore, StoreError } from "./sqlite.js";
import type { Store } from "./store.js";

export const DEFAULT_DB = "crosscheck.db";

/** Opens the ledger named by `--db`: a file path (SQLite) or a postgres:// URL. */
export async function openStore(db: string = DEFAULT_DB): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(db)) throw new StoreError(`${db}: the PostgreSQL engine is not available in this version`);
  return new SqliteStore(db);
}
