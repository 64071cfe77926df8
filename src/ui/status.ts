/**
 * Messages in div#status (role=status, aria-live): errors stay until the next message, information
 * fades after a few seconds, progress shows a bar until replaced.
 */
import { h } from './dom';

export type StatusKind = 'info' | 'error' | 'progress';

export interface Status {
  show(message: string | string[], kind?: StatusKind): void;
  progress(label: string, fraction?: number): void;
  clear(): void;
  /** The message now shown ('' when none). */
  text(): string;
}

export function createStatus(el: HTMLElement): Status {
  let timer = 0;
  const set = (node: HTMLElement, ttl: number): void => {
    clearTimeout(timer);
    el.replaceChildren(node);
    if (ttl) timer = window.setTimeout(() => el.replaceChildren(), ttl);
  };
  return {
    show(message, kind = 'info') {
      const lines = Array.isArray(message) ? message : [message];
      const node = h('div', { className: `status-msg status-${kind}`, 'data-kind': kind });
      const [first, ...rest] = lines;
      node.append(first ?? '');
      if (rest.length) node.append(h('ul', {}, ...rest.slice(0, 8).map((l) => h('li', {}, l))));
      if (kind === 'error') node.append(h('button', { className: 'status-close', 'aria-label': 'Dismiss message', onclick: () => el.replaceChildren() }, '✕'));
      set(node, kind === 'info' ? 6000 : 0);
    },
    progress(label, fraction) {
      const bar = h('progress', { 'aria-label': label, max: 1 });
      if (fraction !== undefined) bar.value = fraction;
      set(h('div', { className: 'status-msg status-progress', 'data-kind': 'progress' }, bar, ` ${label}`), 0);
    },
    clear() {
      clearTimeout(timer);
      el.replaceChildren();
    },
    text: () => el.textContent ?? '',
  };
}
