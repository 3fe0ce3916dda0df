// One-degree grid cells for events on the map. An indexed cell number narrows a small box to a few
// index ranges for the cost of one ordinary index entry per event (an R-tree entry cost about a
// quarter of the whole store time per article); a large box matches most events anyway, so it is
// answered by scanning in id order without the cell index.

/** Boxes covering more cells than this are not narrowed by cell. */
export const MAX_BOX_CELLS = 400;

const row = (lat: number): number => Math.min(179, Math.max(0, Math.floor(lat + 90)));
const col = (lon: number): number => Math.min(359, Math.max(0, Math.floor(lon + 180)));

/** The cell of a point (the same formula as migration 008 uses for stored events). */
export function gridCell(lat: number, lon: number): number {
  return row(lat) * 360 + col(lon);
}

/** The cells a box touches, or null when there are more than MAX_BOX_CELLS. minLon > maxLon wraps. */
export function cellsInBox([minLon, minLat, maxLon, maxLat]: [number, number, number, number]): number[] | null {
  const cols: number[] = [];
  if (minLon <= maxLon) for (let c = col(minLon); c <= col(maxLon); c++) cols.push(c);
  else {
    for (let c = col(minLon); c <= 359; c++) cols.push(c);
    for (let c = 0; c <= col(maxLon); c++) cols.push(c);
  }
  const rows = row(maxLat) - row(minLat) + 1;
  if (rows <= 0 || rows * cols.length > MAX_BOX_CELLS) return rows <= 0 ? [] : null;
  const cells: number[] = [];
  for (let r = row(minLat); r <= row(maxLat); r++) for (const c of cols) cells.push(r * 360 + c);
  return cells;
}
