/**
 * A tiny element builder. Strings become text nodes, never markup: untrusted article text is safe to
 * pass anywhere here. Attributes are set one by one; `on*` keys add event listeners.
 */
export type Child = Node | string | number | null | undefined | false | Child[];

export type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v as EventListener);
    else if (k === 'className') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Keep keyboard focus across a re-render: elements carry data-key; the focused one is found again. */
export function rerender(container: HTMLElement, build: () => Child[]): void {
  const active = document.activeElement;
  const key = active instanceof HTMLElement && container.contains(active) ? active.dataset.key : undefined;
  container.replaceChildren();
  append(container, build());
  if (key) {
    const again = container.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    again?.focus({ preventScroll: true });
  }
}

/** A collapsible panel section (<details>, keyboard-operable through its <summary>). */
export function section(id: string, title: string, open: boolean, onToggle: (open: boolean) => void, ...children: Child[]): HTMLDetailsElement {
  const d = h('details', { className: 'panel-section', id: `section-${id}`, open }, h('summary', { 'data-key': `summary-${id}` }, h('h2', {}, title)), ...children);
  d.addEventListener('toggle', () => onToggle(d.open));
  return d;
}
