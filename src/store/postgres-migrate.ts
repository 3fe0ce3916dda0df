// Ordered migration files for the PostgreSQL engine, applied under a transaction-scoped advisory
// lock so that several workers starting at once migrate the database exactly once.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type pg from "pg";
import { repoPath } from "../resources/paths.js";
import { inTransaction } from "./postgres-transaction.js";

const MIGRATIONS = repoPath("src/store/migrations/postgres");

/** Applies the migration files not yet recorded; all or none, one process at a time. */
export async function migratePostgres(pool: pg.Pool): Promise<void> {
  const files = readdirSync(MIGRATIONS).filter((f) => /^\d+_.*\.sql$/.test(f)).sort();
  await inTransaction(pool, "BEGIN", async (client) => {
    // Waits for any other process migrating the same database; released at COMMIT or ROLLBACK.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('crosscheck.schema_migrations'))");
    await client.query("CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
    const { rows } = await client.query<{ version: string }>("SELECT version FROM schema_migrations");
    const applied = new Set(rows.map((r) => r.version));
    for (const file of files) {
      if (applied.has(file)) continue;
      await client.query(readFileSync(join(MIGRATIONS, file), "utf8"));
      await client.query("INSERT INTO schema_migrations (version) VALUES ($1)", [file]);
    }
  });
}
