// Plain text from an HTML tree: one paragraph per block element, paragraphs separated by a blank
// line, whitespace collapsed as a browser would, and nothing from scripts, styles, forms or
// navigation; the page furniture around an article (bylines, share bars, related links) is taken
// out of the tree before it is read (dropFurniture). The walk is iterative (no recursion), so any
// nesting depth is safe.

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  "script", "style", "noscript", "template", "head", "title", "iframe", "object", "embed", "svg", "math",
  "canvas", "audio", "video", "select", "textarea", "button", "input", "form", "nav", "aside", "footer",
]);

/** Class or id words of page furniture around an article: bylines, share bars, related links, sign-up boxes. */
const FURNITURE = /(?:^|[\s_-])(?:byline|share|sharing|social|related|newsletter|promo|subscribe|breadcrumbs?|read-?more)(?:$|[\s_-])/i;

/** A paragraph that only points elsewhere ("Read more: Full coverage of the war"). */
const POINTER = /^(?:read more|related|see also|also read|read also|more on this|related coverage|recommended|watch|listen)\s*:/i;

/**
 * Takes the page furniture (elements whose class or id names a byline, share bar, related links ...)
 * out of a parsed tree, before anything reads it: Readability would otherwise fold such an element
 * into the text it keeps, and its class with it.
 */
export function dropFurniture(root: Element): void {
  for (const element of root.querySelectorAll("[class], [id]")) {
    const label = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
    if (FURNITURE.test(label)) element.remove();
  }
}

/** Elements that start and end a paragraph. `br` is one too: pages use it between paragraphs. */
const BLOCKS = new Set([
  "address", "article", "blockquote", "body", "br", "caption", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
  "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
]);

/** Table cells are separated by a space so that adjacent cells do not run together. */
const CELLS = new Set(["td", "th"]);

const HTML_SPACE = /[ \t\n\r\f]+/g;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function htmlText(root: Node): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = (): void => {
    const paragraph = current.replace(HTML_SPACE, " ").trim();
    if (paragraph !== "" && !POINTER.test(paragraph)) paragraphs.push(paragraph);
    current = "";
  };
  const name = (node: Node): string => (node as Element).localName?.toLowerCase() ?? "";
  const leave = (node: Node): void => {
    if (node.nodeType === ELEMENT_NODE && BLOCKS.has(name(node))) flush();
  };

  let node: Node | null = root;
  while (node !== null) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) current += node.nodeValue ?? "";
    else if (node.nodeType === ELEMENT_NODE || node === root) {
      const tag = name(node);
      if (!SKIPPED.has(tag)) {
        if (BLOCKS.has(tag)) flush();
        else if (CELLS.has(tag)) current += " ";
        descend = node.firstChild !== null;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Done with this node: close it and every ancestor that has no next sibling, up to the root.
    if (node !== root) leave(node);
    while (node !== null && node !== root && node.nextSibling === null) {
      node = node.parentNode;
      if (node !== null && node !== root) leave(node);
    }
    node = node === null || node === root ? null : node.nextSibling;
  }
  flush();
  return paragraphs.join("\n\n");
}
