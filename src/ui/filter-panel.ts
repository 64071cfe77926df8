/**
 * The legend that doubles as the category filter: one checkbox per category present in the story
 * (colour swatch, count), and two for the hedged flows (reported / alleged, denied). Rendered from the
 * map engineer's pure `legendModel`, so page, map and PNG legend agree.
 */
import { legendModel, type StoryFilter } from '../map/story-layers';
import type { ThemeName } from '../map/theme';
import type { FlowCategory, Story } from '../story';
import { h } from './dom';

export interface FilterState {
  hidden: Set<FlowCategory>;
  showDenied: boolean;
  showReported: boolean;
}

export function toStoryFilter(s: FilterState, story: Story): StoryFilter {
  const present = new Set(story.flows.map((f) => f.category));
  const categories = s.hidden.size ? new Set([...present].filter((c) => !s.hidden.has(c))) : undefined;
  return { ...(categories ? { categories } : {}), showDenied: s.showDenied, showReported: s.showReported };
}

export function renderFilter(story: Story, state: FilterState, theme: ThemeName, onChange: (s: FilterState) => void): HTMLElement {
  const model = legendModel(story, toStoryFilter(state, story), { theme, lang: 'en' });
  const box = h('fieldset', { className: 'filter' }, h('legend', {}, 'Legend and filter'));
  if (!model.categories.length) box.append(h('p', { className: 'muted' }, 'No flows in this story.'));
  for (const c of model.categories) {
    const input = h('input', {
      type: 'checkbox',
      'data-key': `cat-${c.category}`,
      'data-category': c.category,
      onchange: () => {
        const hidden = new Set(state.hidden);
        if (input.checked) hidden.delete(c.category);
        else hidden.add(c.category);
        onChange({ ...state, hidden });
      },
    });
    input.checked = !state.hidden.has(c.category);
    const sw = h('span', { className: 'swatch', 'aria-hidden': 'true' });
    sw.style.setProperty('--swatch', c.color);
    box.append(h('label', { className: 'check' }, input, sw, c.label, h('span', { className: 'count' }, `${c.count}`)));
  }
  const toggle = (key: 'showReported' | 'showDenied', label: string, note: string): HTMLElement => {
    const input = h('input', { type: 'checkbox', 'data-key': key, onchange: () => onChange({ ...state, [key]: input.checked }) });
    input.checked = state[key];
    const n = story.flows.filter((f) => f.status === (key === 'showDenied' ? 'denied' : 'reported')).length;
    const line = h('span', { className: `line-sample ${key === 'showDenied' ? 'denied' : 'reported'}`, 'aria-hidden': 'true' });
    return h('label', { className: 'check', title: note }, input, line, label, h('span', { className: 'count' }, `${n}`));
  };
  box.append(toggle('showReported', 'Reported / alleged (dashed)', 'Flows the article only reports or attributes'), toggle('showDenied', 'Denied (grey)', 'Flows the article says were denied'));
  const widths = model.widths.filter((w) => w.count > 0);
  if (widths.length) {
    box.append(
      h('div', { className: 'widths', 'aria-label': 'Line width by quantity' }, ...widths.map((w) => {
        const bar = h('span', { className: 'width-bar', 'aria-hidden': 'true' });
        bar.style.setProperty('--w', `${w.width}px`);
        return h('span', { className: 'width-step' }, bar, w.label);
      })),
    );
  }
  return box;
}
