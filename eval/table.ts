// Renders an EvalTable as aligned plain text, the form `npm run eval` and `npm run bench` print.
import type { EvalTable } from "./task.js";

/**
 * Numbers in a column print as integers when every number in that column is one (counts),
 * otherwise with 3 decimals (scores), so a column never mixes "1" with "0.750".
 */
export function formatTable(table: EvalTable): string {
  const integerColumn = table.columns.map((_, c) =>
    table.rows.every((row) => typeof row[c] !== "number" || Number.isInteger(row[c])),
  );
  const cells = table.rows.map((row) =>
    row.map((value, c) => (typeof value === "number" ? formatNumber(value, integerColumn[c] ?? false) : value)),
  );
  const numeric = table.columns.map((_, c) => table.rows.length > 0 && table.rows.every((row) => typeof row[c] === "number"));
  const widths = table.columns.map((title, c) => Math.max(title.length, ...cells.map((row) => (row[c] ?? "").length)));
  const line = (values: string[]): string =>
    values
      .map((v, c) => (numeric[c] ? v.padStart(widths[c] ?? 0) : v.padEnd(widths[c] ?? 0)))
      .join("  ")
      .trimEnd();
  const out = [table.title, line(table.columns), widths.map((w) => "-".repeat(w)).join("  ")];
  for (const row of cells) out.push(line(row));
  for (const note of table.notes ?? []) out.push(`  note: ${note}`);
  return out.join("\n");
}

function formatNumber(value: number, integer: boolean): string {
  if (Number.isNaN(value)) return "-";
  return integer ? String(value) : value.toFixed(3);
}
