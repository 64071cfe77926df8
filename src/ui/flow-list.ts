/**
 * The list of flows: each row says from → to, category, quantity and status; the row's main button
 * opens the flow's popup on the map; a select recategorises it; buttons reverse or delete it. Below, a
 * small form adds a flow between two places of the story.
 */
import { categoryColor } from '../map/palette';
import type { ThemeName } from '../map/theme';
import type { Command } from '../state/commands';
import { FLOW_CATEGORIES, type Flow, type FlowCategory, type Story } from '../story';
import { h, section } from './dom';

export const MAX_ROWS = 400;

export function quantityLabel(f: Flow): string {
  if (f.quantityText) return f.quantityText;
  if (typeof f.quantity === 'number') return [f.qualifier, f.quantity.toLocaleString('en'), f.unit].filter(Boolean).join(' ');
  if (f.magnitude) return `order of ${f.magnitude.toLocaleString('en')}${f.unit ? ` ${f.unit}` : ''}`;
  return '';
}

export interface FlowListHandlers {
  select(flowId: string): void;
  dispatch(cmd: Command): void;
  open: boolean;
  onToggle(open: boolean): void;
}

export function renderFlowList(story: Story, selected: string | null, theme: ThemeName, on: FlowListHandlers): HTMLElement {
  const name = new Map(story.places.map((p) => [p.id, p.name]));
  const label = (f: Flow): string => `${name.get(f.from) ?? f.from} → ${name.get(f.to) ?? f.to}`;
  const list = h('ol', { className: 'flows', 'aria-label': 'Flows' });
  for (const f of story.flows.slice(0, MAX_ROWS)) {
    const l = label(f);
    const sw = h('span', { className: 'swatch', 'aria-hidden': 'true' });
    sw.style.setProperty('--swatch', categoryColor(f.category, theme));
    const select = h(
      'select',
      {
        'aria-label': `Category of flow ${l}`,
        'data-key': `cat-${f.id}`,
        onchange: () => on.dispatch({ type: 'recategoriseFlow', id: f.id, category: select.value as FlowCategory }),
      },
      ...FLOW_CATEGORIES.map((c) => h('option', { value: c, selected: c === f.category }, c)),
    );
    const qty = quantityLabel(f);
    list.append(
      h(
        'li',
        { className: `flow-row status-${f.status}`, 'data-flow': f.id, 'aria-current': f.id === selected ? 'true' : null },
        h(
          'button',
          { className: 'flow-open link', 'data-key': `open-${f.id}`, 'aria-label': `Show flow ${l}, ${f.category}${qty ? `, ${qty}` : ''}, ${f.status}`, onclick: () => on.select(f.id) },
          sw,
          l,
        ),
        h('span', { className: 'flow-meta' }, qty ? h('span', { className: 'qty' }, qty) : null, f.status !== 'stated' ? h('span', { className: `badge ${f.status}` }, f.status) : null),
        h(
          'span',
          { className: 'flow-actions' },
          select,
          h('button', { className: 'icon', title: 'Reverse direction', 'aria-label': `Reverse flow ${l}`, 'data-key': `rev-${f.id}`, onclick: () => on.dispatch({ type: 'reverseFlow', id: f.id }) }, '⇄'),
          h('button', { className: 'icon', title: 'Delete flow', 'aria-label': `Delete flow ${l}`, 'data-key': `del-${f.id}`, onclick: () => on.dispatch({ type: 'deleteFlow', id: f.id }) }, '✕'),
        ),
      ),
    );
  }
  const out = section('flows', `Flows (${story.flows.length})`, on.open, on.onToggle, list);
  if (story.flows.length > MAX_ROWS) out.append(h('p', { className: 'muted' }, `…and ${story.flows.length - MAX_ROWS} more (all are on the map and in the exports).`));
  if (!story.flows.length) out.append(h('p', { className: 'muted' }, 'No flows found. Add one below.'));
  if (story.places.length >= 2) out.append(addFlowForm(story, on));
  return out;
}

function addFlowForm(story: Story, on: FlowListHandlers): HTMLElement {
  const places = story.places.slice(0, 2000);
  const opts = (): HTMLOptionElement[] => places.map((p) => h('option', { value: p.id }, p.name));
  const from = h('select', { 'aria-label': 'New flow from', 'data-key': 'add-from' }, ...opts());
  const to = h('select', { 'aria-label': 'New flow to', 'data-key': 'add-to' }, ...opts());
  to.selectedIndex = 1;
  const cat = h('select', { 'aria-label': 'New flow category', 'data-key': 'add-cat' }, ...FLOW_CATEGORIES.map((c) => h('option', { value: c }, c)));
  const form = h(
    'form',
    {
      className: 'add-flow',
      'aria-label': 'Add a flow',
      onsubmit: (e: Event) => {
        e.preventDefault();
        on.dispatch({ type: 'addFlow', from: from.value, to: to.value, category: cat.value as FlowCategory });
      },
    },
    h('span', {}, 'Add:'),
    from,
    '→',
    to,
    cat,
    h('button', { type: 'submit', 'data-key': 'add-flow' }, 'Add flow'),
  );
  return form;
}
