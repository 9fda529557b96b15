type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | boolean | number | undefined | ((event: Event) => void)>;

/**
 * Builds an element: `on*` attributes become event listeners, `true` a bare attribute, `false` or
 * undefined nothing. Text children are text nodes (never parsed as HTML).
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else if (value !== false && value !== undefined) {
      element.setAttribute(name, String(value));
    }
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child);
    }
  }
  return element;
}

/** A labelled text input: the label wraps it, so clicking the label focuses the input. */
export function field(label: string, input: HTMLInputElement): HTMLLabelElement {
  return el('label', { class: 'field' }, el('span', { class: 'field-label' }, label), input);
}
