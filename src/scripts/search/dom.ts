/** Creates an element with properties and children; text children are text nodes, never parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  // Loosely typed props: a Partial of every element type is a union too large for the compiler.
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}
