// Queue counts for `crosscheck status`. pg-boss's API counts only states below a given one, which
// leaves "failed" (the last state) out, so this reads its documented job table directly.
import type PgBoss from "pg-boss";
import { INGEST_QUEUE } from "./boss.js";

export interface QueueCounts {
  /** Waiting to run: first tries and retries alike. */
  queued: number;
  active: number;
  /** Completed and not yet archived (pg-boss archives completed jobs after 12 hours). */
  completed: number;
  /** Out of retries. */
  failed: number;
}

export async function queueCounts(boss: PgBoss): Promise<QueueCounts> {
  const { rows } = await boss.getDb().executeSql(
    "SELECT state::text AS state, count(*)::int AS n FROM pgboss.job WHERE name = $1 GROUP BY state",
    [INGEST_QUEUE],
  );
  const n = new Map((rows as { state: string; n: number }[]).map((r) => [r.state, r.n]));
  const of = (state: string): number => n.get(state) ?? 0;
  return { queued: of("created") + of("retry"), active: of("active"), completed: of("completed"), failed: of("failed") };
}
