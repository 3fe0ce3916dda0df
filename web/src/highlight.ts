// Renders text with overlapping marks as properly nested elements. Marks are inserted in rank order
// into a tree; a mark that crosses a boundary of an earlier (outer) one is cut there, so outer
// layers stay whole and only inner layers are ever split.
import type { Mark } from "./annotations.js";

interface TreeNode {
  mark: Mark | null;
  start: number;
  end: number;
  children: TreeNode[];
}

const contains = (outer: { start: number; end: number }, inner: { start: number; end: number }): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;

function insert(node: TreeNode, mark: Mark): void {
  const overlapping = node.children.filter((c) => c.start < mark.end && mark.start < c.end);
  if (overlapping.length === 1 && contains(overlapping[0], mark)) {
    insert(overlapping[0], mark);
    return;
  }
  const crossed = overlapping.filter((c) => !contains(mark, c));
  if (crossed.length === 0) {
    // Wrap: the mark becomes the parent of the children it covers.
    const wrapper: TreeNode = { mark, start: mark.start, end: mark.end, children: overlapping };
    node.children = [...node.children.filter((c) => !overlapping.includes(c)), wrapper].sort((a, b) => a.start - b.start);
    return;
  }
  const cuts = [...new Set(crossed.flatMap((c) => [c.start, c.end]))].filter((p) => p > mark.start && p < mark.end).sort((a, b) => a - b);
  let from = mark.start;
  for (const to of [...cuts, mark.end]) {
    insert(node, { ...mark, start: from, end: to });
    from = to;
  }
}

function render(node: TreeNode, text: string, into: Node): void {
  let pos = node.start;
  for (const child of node.children) {
    if (child.start > pos) into.appendChild(document.createTextNode(text.slice(pos, child.start)));
    const m = child.mark!;
    const element = document.createElement(m.tag);
    element.className = m.className;
    if (m.title) element.title = m.title;
    for (const [k, v] of Object.entries(m.data ?? {})) element.dataset[k] = v;
    render(child, text, element);
    into.appendChild(element);
    pos = child.end;
  }
  if (pos < node.end) into.appendChild(document.createTextNode(text.slice(pos, node.end)));
}

/** `text` as a fragment of text nodes and nested mark elements. Marks must be sorted by rank. */
export function highlight(text: string, marks: Mark[]): DocumentFragment {
  const root: TreeNode = { mark: null, start: 0, end: text.length, children: [] };
  for (const mark of marks) if (mark.start >= 0 && mark.end <= text.length) insert(root, mark);
  const fragment = document.createDocumentFragment();
  render(root, text, fragment);
  return fragment;
}
