/** Creates an element with properties and children; text children are text nodes, never parsed as HTML. `dataset` entries become data- attributes. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  // Loosely typed props: a Partial of every element type is a union too large for the compiler.
  const { dataset, ...rest } = props;
  const node = Object.assign(document.createElement(tag), rest);
  Object.assign(node.dataset, dataset);
  node.append(...children);
  return node;
}
