// A cheap upper estimate of how deep a page's elements nest, read from the tags alone. linkedom's
// parse time grows with the square of the depth (20,000 levels: ~0.7 s), so pathological pages are
// refused before parsing instead of stalling a batch.

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(\/?)>/g;

/** Void elements and elements the parser closes implicitly (p, li, td, ...) do not nest. */
const FLAT = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd", "option", "tr", "td", "th"]);

export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const [, closing, name, selfClosing] of html.matchAll(TAG)) {
    if (FLAT.has(name.toLowerCase())) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else if (!selfClosing) max = Math.max(max, ++depth);
  }
  return max;
}
