// The write path of the PostgreSQL engine: an article and all its rows in one statement.
import { CLAIM_COLUMNS, EVENT_COLUMNS, PLACE_COLUMNS, rowObjects, type ArticleRows } from "./article-rows.js";

/** Inserts the rows of one table from a JSON array parameter, typed by the table's own row type. */
function insertFromJson(table: string, columns: readonly string[], param: string): string {
  const names = columns.map((c) => `"${c}"`);
  return `INSERT INTO ${table} (article_id, ${names.join(", ")})
    SELECT stored.id, ${names.map((n) => `r.${n}`).join(", ")}
    FROM stored, json_array_elements(${param}::json) WITH ORDINALITY AS e(item, n)
      CROSS JOIN LATERAL json_populate_record(NULL::${table}, e.item) AS r
    ORDER BY e.n`;
}

export const PUT_ARTICLE = `
  WITH stored AS (
    INSERT INTO articles (hash, ext_id, date, source, title, url, text, extraction)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (hash) DO NOTHING RETURNING id
  ),
  claim_rows AS (${insertFromJson("claims", CLAIM_COLUMNS, "$9")}),
  event_rows AS (${insertFromJson("events", EVENT_COLUMNS, "$10")}),
  place_rows AS (${insertFromJson("places", PLACE_COLUMNS, "$11")})
  SELECT id, true AS inserted FROM stored
  UNION ALL
  SELECT id, false AS inserted FROM articles WHERE hash = $1 AND NOT EXISTS (SELECT 1 FROM stored)`;

/** An article's claims, events and places as the JSON arrays PUT_ARTICLE takes ($9, $10, $11). */
export function itemsJson(rows: ArticleRows): [string, string, string] {
  const claims = rowObjects(CLAIM_COLUMNS, rows.claims).map((c) => ({ ...c, hedges: JSON.parse(c.hedges as string) as string[] }));
  return [JSON.stringify(claims), JSON.stringify(rowObjects(EVENT_COLUMNS, rows.events)), JSON.stringify(rowObjects(PLACE_COLUMNS, rows.places))];
}
