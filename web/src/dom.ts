// The only way the UI builds DOM: elements and text nodes, never HTML strings, so article text
// and API data can never become markup.
export type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  title?: string;
  href?: string;
  type?: string;
  id?: string;
  [attribute: string]: string | undefined;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (name === "class") node.className = value;
    else node.setAttribute(name, value);
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Replaces everything inside `parent`. */
export function replace(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}
