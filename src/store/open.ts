import { PostgresStore } from "./postgres.js";
import { isPostgresUrl } from "./postgres-url.js";
import { SqliteStore } from "./sqlite.js";
import type { Store } from "./store.js";

export const DEFAULT_DB = "crosscheck.db";

/** Opens the ledger named by `--db`: a file path (SQLite) or a postgres:// URL. */
export async function openStore(db: string = DEFAULT_DB): Promise<Store> {
  if (isPostgresUrl(db)) return PostgresStore.open(db);
  return new SqliteStore(db);
}
