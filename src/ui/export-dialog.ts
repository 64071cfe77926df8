/**
 * The Export dialog: a toolbar button "Export PNG" opening a modal <dialog> (labelled, keyboard-only
 * usable, Esc closes) with size presets, pixel ratio, theme, view, title, subtitle and what to include.
 * It calls the same `exportPng` as `article-atlas shot`; the map on screen, open popups included, is
 * left alone because the image is rendered offscreen. Text fields are set as values, never as markup.
 */
import './export-dialog.css';
import { defaultSubtitle, defaultTitle } from '../export/layout';
import { exportPng, currentStory, currentTheme } from '../export/install';
import { MAX_PIXEL_RATIO, PRESETS, type ExportOptions } from '../export/options';
import type { ThemeName } from '../map/theme';
import { fileStem } from './download';
import { h } from './dom';

let seq = 0;

function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || `export-f${++seq}`;
  control.id = id;
  return h('div', { className: 'export-field' }, h('label', { for: id }, label), control, hint ? h('small', {}, hint) : null);
}

function check(label: string, checked: boolean): { row: HTMLElement; input: HTMLInputElement } {
  const input = h('input', { type: 'checkbox', id: `export-c${++seq}` });
  input.checked = checked;
  return { row: h('div', { className: 'export-check' }, input, h('label', { for: input.id }, label)), input };
}

function saveBytes(filename: string, base64: string): void {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'image/png' }));
  const a = h('a', { href: url, download: filename, rel: 'noopener' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface ExportDialog {
  button: HTMLButtonElement;
  dialog: HTMLDialogElement;
  open(): void;
}

/** Adds the "Export PNG" button to the toolbar and the dialog to the page. */
export function mountExportDialog(toolbar: HTMLElement): ExportDialog {
  const titleId = `export-title-${++seq}`;
  const preset = h('select', {}, ...PRESETS.map((p) => h('option', { value: p.id }, p.label)), h('option', { value: 'custom' }, 'Custom'));
  const width = h('input', { type: 'number', min: 200, max: 16384, step: 1, inputmode: 'numeric', required: true });
  const height = h('input', { type: 'number', min: 200, max: 16384, step: 1, inputmode: 'numeric', required: true });
  const ratio = h('select', {}, ...Array.from({ length: MAX_PIXEL_RATIO }, (_, i) => h('option', { value: i + 1 }, `${i + 1}×`)));
  const theme = h('select', {}, h('option', { value: 'light' }, 'Light'), h('option', { value: 'dark' }, 'Dark'));
  const view = h('select', {}, h('option', { value: 'current' }, 'As on screen'), h('option', { value: 'fit' }, 'Fit the whole story'));
  const title = h('input', { type: 'text', maxlength: 300 });
  const subtitle = h('input', { type: 'text', maxlength: 300 });
  const legend = check('Legend', true);
  const scale = check('Scale bar', true);
  const callouts = check('Numbered callouts with the quoted sentences', false);
  const size = h('p', { className: 'export-size', 'aria-live': 'polite' });
  const status = h('p', { className: 'export-status', role: 'status', 'aria-live': 'polite' });
  const go = h('button', { type: 'submit', className: 'primary' }, 'Export PNG');
  const cancel = h('button', { type: 'button' }, 'Cancel');
  let dpi: number | undefined;

  const outSize = (): void => {
    const w = Number(width.value) * Number(ratio.value);
    const hh = Number(height.value) * Number(ratio.value);
    size.textContent = Number.isFinite(w) && Number.isFinite(hh) ? `Image: ${Math.round(w)} × ${Math.round(hh)} px` : '';
  };
  const applyPreset = (): void => {
    const p = PRESETS.find((x) => x.id === preset.value);
    if (!p) return;
    width.value = String(p.width);
    height.value = String(p.height);
    ratio.value = String(p.pixelRatio);
    dpi = p.dpi;
    outSize();
  };
  preset.addEventListener('change', applyPreset);
  for (const el of [width, height, ratio]) {
    el.addEventListener('input', () => {
      preset.value = 'custom';
      dpi = undefined;
      outSize();
    });
  }

  const form = h(
    'form',
    { method: 'dialog', className: 'export-form' },
    h('h2', { id: titleId }, 'Export PNG'),
    h('div', { className: 'export-grid' },
      field('Size', preset),
      field('Width (px)', width),
      field('Height (px)', height),
      field('Pixel ratio', ratio, 'Lines, markers and text scale with it'),
      field('Theme', theme),
      field('View', view),
    ),
    field('Title', title),
    field('Subtitle (source · date)', subtitle),
    h('fieldset', { className: 'export-include' }, h('legend', {}, 'Include'), legend.row, scale.row, callouts.row,
      h('small', {}, 'Attribution (Natural Earth, GeoNames, MapLibre) is always included.')),
    size,
    status,
    h('div', { className: 'export-actions' }, cancel, go),
  );
  const dialog = h('dialog', { className: 'export-dialog', 'aria-labelledby': titleId }, form);
  document.body.append(dialog);

  const button = h('button', { type: 'button', 'aria-haspopup': 'dialog', title: 'Export the map as a PNG image for reports' }, 'Export PNG');
  toolbar.append(button);

  const open = (): void => {
    const story = currentStory();
    title.value = defaultTitle(story);
    subtitle.value = defaultSubtitle(story);
    theme.value = currentTheme();
    if (!width.value) {
      preset.value = PRESETS[0]!.id;
      applyPreset();
    }
    status.textContent = '';
    go.disabled = false;
    outSize();
    dialog.showModal();
    title.focus();
  };
  button.addEventListener('click', open);
  cancel.addEventListener('click', () => dialog.close());

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!form.reportValidity()) return;
    const opts: Partial<ExportOptions> = {
      width: Number(width.value),
      height: Number(height.value),
      pixelRatio: Number(ratio.value),
      theme: theme.value as ThemeName,
      view: view.value as 'current' | 'fit',
      title: title.value,
      subtitle: subtitle.value,
      legend: legend.input.checked,
      scaleBar: scale.input.checked,
      callouts: callouts.input.checked,
      ...(dpi ? { dpi } : {}),
    };
    go.disabled = true;
    status.textContent = 'Rendering…';
    const t0 = performance.now();
    exportPng(opts).then(
      (r) => {
        saveBytes(`${fileStem(title.value || currentStory()?.article.title)}.png`, r.bytes);
        status.textContent = `Saved ${r.width} × ${r.height} px in ${((performance.now() - t0) / 1000).toFixed(1)} s.`;
        go.disabled = false;
      },
      (err: unknown) => {
        status.textContent = `Export failed: ${err instanceof Error ? err.message : String(err)}`;
        go.disabled = false;
      },
    );
  });

  return { button, dialog, open };
}
