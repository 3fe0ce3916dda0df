// One transaction on one pooled connection, for every multi-statement write and consistent read of
// the PostgreSQL engine (articles in batches, the ledger snapshot, migrations).
import type pg from "pg";

/**
 * Runs `work` in one transaction on one pooled connection. A checked-out connection that breaks
 * (server restart) emits 'error' on the client, which the pool does not catch for us; the failing
 * query rejects as well, so noting it is enough. A broken connection is destroyed, not reused.
 */
export async function inTransaction<T>(pool: pg.Pool, begin: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  const onError = (error: Error): void => {
    broken = error;
  };
  client.on("error", onError);
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    // A connection that cannot even roll back is broken, whatever the first error was.
    await client.query("ROLLBACK").catch((rollbackError: Error) => {
      broken ??= rollbackError;
    });
    throw error;
  } finally {
    client.off("error", onError);
    client.release(broken);
  }
}
