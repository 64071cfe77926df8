/**
 * Story colours and line styles as plain data: one colour per flow category (colour-blind-safe hues
 * tuned from Okabe–Ito and Paul Tol anchors, at least 3:1 contrast against each theme's land and ocean), a line style per flow status, a marker style per place kind, and localized labels for
 * the legend. Used by the map layers, the on-screen legend and the PNG export alike.
 */
import { FLOW_CATEGORIES, type FlowCategory, type FlowStatus, type Lang, type PlaceKind } from '../story';
import { THEMES, type ThemeName } from './theme';

/**
 * Per-theme hues. Started from Okabe–Ito (vermillion, blue, bluish green, reddish purple) and Paul Tol
 * (wine, olive, teal, rose, indigo) anchors, then nudged by a search that maximised the smallest CIELAB
 * distance between any two categories as seen with deuteranopia and protanopia (Machado 2009
 * simulation), keeping ≥ 3:1 contrast against the theme's land and ocean. Thirteen colours can't be far
 * apart for everyone: the legend and the popups always name the category too. palette.test.ts checks it.
 */
const BASE: Record<ThemeName, Record<FlowCategory, string>> = {
  light: {
    troops: '#e3430f',
    weapons: '#640046',
    munitions: '#6b4c00',
    missiles: '#c000a4',
    vehicles: '#688b1d',
    technology: '#1775dd',
    oil: '#1c0d00',
    money: '#014210',
    aid: '#00456c',
    training: '#038d8f',
    people: '#f20a72',
    visit: '#a13738',
    other: '#806e68',
  },
  dark: {
    troops: '#ff8c13',
    weapons: '#ff5cab',
    munitions: '#ffd80d',
    missiles: '#9375fb',
    vehicles: '#acdc54',
    technology: '#3a8ad0',
    oil: '#f4ffd4',
    money: '#00eaa3',
    aid: '#e3d8ff',
    training: '#49c4ca',
    people: '#f6615d',
    visit: '#9a8423',
    other: '#9f7b75',
  },
};

/** Grey used for denied flows (drawn only when asked for). */
export const DENIED_COLOR: Record<ThemeName, string> = { light: '#8c8c8c', dark: '#7d8793' };

export const MIN_CONTRAST = 3;

type RGB = [number, number, number];

export function hexToRgb(hex: string): RGB {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function rgbToHex([r, g, b]: readonly number[]): string {
  const h = (v: number) => Math.round(Math.max(0, Math.min(255, v))).toString(16).padStart(2, '0');
  return `#${h(r!)}${h(g!)}${h(b!)}`;
}

/** WCAG relative luminance. */
export function luminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as RGB;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio, 1..21. */
export function contrast(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function mix(hex: string, toward: RGB, t: number): string {
  const c = hexToRgb(hex);
  return rgbToHex(c.map((v, i) => v + (toward[i]! - v) * t));
}

/** Darken (light theme) or lighten (dark theme) a hue in small steps until it stands out from the backgrounds. */
function adapt(hex: string, theme: ThemeName): string {
  const t = THEMES[theme];
  const toward: RGB = theme === 'light' ? [0, 0, 0] : [255, 255, 255];
  let out = hex;
  for (let i = 1; i <= 20 && Math.min(contrast(out, t.land), contrast(out, t.ocean), contrast(out, t.landMentioned)) < MIN_CONTRAST; i++) {
    out = mix(hex, toward, i * 0.04);
  }
  return out;
}

const CACHE: Partial<Record<ThemeName, Record<FlowCategory, string>>> = {};

/** Category → colour for a theme (same hue family in both themes, contrast ≥ 3:1 against land and ocean). */
export function categoryColors(theme: ThemeName): Readonly<Record<FlowCategory, string>> {
  let c = CACHE[theme];
  if (!c) {
    c = {} as Record<FlowCategory, string>;
    for (const k of FLOW_CATEGORIES) c[k] = adapt(BASE[theme][k], theme);
    CACHE[theme] = c;
  }
  return c;
}

export function categoryColor(category: FlowCategory, theme: ThemeName): string {
  return categoryColors(theme)[category] ?? categoryColors(theme).other;
}

/** How a flow's status is drawn. `dash` is in line widths (MapLibre `line-dasharray`); null = solid. */
export interface StatusStyle {
  status: FlowStatus;
  dash: number[] | null;
  opacity: number;
  /** Drawn grey instead of the category colour. */
  grey: boolean;
}

export const STATUS_STYLES: Readonly<Record<FlowStatus, StatusStyle>> = {
  stated: { status: 'stated', dash: null, opacity: 0.92, grey: false },
  reported: { status: 'reported', dash: [2, 1.2], opacity: 0.72, grey: false },
  planned: { status: 'planned', dash: [0.6, 1.4], opacity: 0.8, grey: false },
  suspended: { status: 'suspended', dash: [4, 2], opacity: 0.5, grey: false },
  denied: { status: 'denied', dash: [1, 2], opacity: 0.55, grey: true },
};

/** Marker appearance per place kind: radius grows with the square root of the mention count. */
export interface MarkerStyle {
  kind: PlaceKind;
  baseRadius: number;
  maxRadius: number;
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeWidth: number;
}

export function markerStyles(theme: ThemeName): Readonly<Record<PlaceKind, MarkerStyle>> {
  const t = THEMES[theme];
  const ink = t.ink;
  const paper = t.paper;
  return {
    // Countries: a large translucent disc with an ink ring (the basemap tints the country itself).
    country: { kind: 'country', baseRadius: 6, maxRadius: 16, fill: ink, fillOpacity: 0.18, stroke: ink, strokeWidth: 1.5 },
    // Regions: a medium disc, half-filled.
    region: { kind: 'region', baseRadius: 5, maxRadius: 12, fill: ink, fillOpacity: 0.45, stroke: paper, strokeWidth: 1.5 },
    // Cities: a solid ink dot with a paper halo.
    city: { kind: 'city', baseRadius: 4, maxRadius: 10, fill: ink, fillOpacity: 1, stroke: paper, strokeWidth: 2 },
    other: { kind: 'other', baseRadius: 4, maxRadius: 9, fill: t.muted, fillOpacity: 0.9, stroke: paper, strokeWidth: 1.5 },
  };
}

/** Marker radius (px) for a place with `mentions` mentions. */
export function markerRadius(kind: PlaceKind, mentions: number, theme: ThemeName = 'light'): number {
  const s = markerStyles(theme)[kind] ?? markerStyles(theme).other;
  const r = s.baseRadius + 1.6 * Math.sqrt(Math.max(0, mentions - 1));
  return Math.round(Math.min(s.maxRadius, r) * 10) / 10;
}

/** Paint for the line under every arc, so arcs read over land, ocean and borders alike. */
export function casingColor(theme: ThemeName): string {
  return THEMES[theme].paper;
}

const CATEGORY_LABELS: Record<Lang, Record<FlowCategory, string>> = {
  en: {
    troops: 'Troops', weapons: 'Weapons', munitions: 'Munitions', missiles: 'Missiles', vehicles: 'Vehicles',
    technology: 'Technology', oil: 'Oil & fuel', money: 'Money', aid: 'Aid', training: 'Training',
    people: 'People', visit: 'Visit', other: 'Other',
  },
  pt: {
    troops: 'Tropas', weapons: 'Armas', munitions: 'Munições', missiles: 'Mísseis', vehicles: 'Veículos',
    technology: 'Tecnologia', oil: 'Petróleo', money: 'Dinheiro', aid: 'Ajuda', training: 'Treinamento',
    people: 'Pessoas', visit: 'Visita', other: 'Outros',
  },
  es: {
    troops: 'Tropas', weapons: 'Armas', munitions: 'Municiones', missiles: 'Misiles', vehicles: 'Vehículos',
    technology: 'Tecnología', oil: 'Petróleo', money: 'Dinero', aid: 'Ayuda', training: 'Entrenamiento',
    people: 'Personas', visit: 'Visita', other: 'Otros',
  },
  fr: {
    troops: 'Troupes', weapons: 'Armes', munitions: 'Munitions', missiles: 'Missiles', vehicles: 'Véhicules',
    technology: 'Technologie', oil: 'Pétrole', money: 'Argent', aid: 'Aide', training: 'Formation',
    people: 'Personnes', visit: 'Visite', other: 'Autres',
  },
};

const STATUS_LABELS: Record<Lang, Record<FlowStatus, string>> = {
  en: { stated: 'Stated', reported: 'Reported / alleged', planned: 'Planned', suspended: 'Suspended', denied: 'Denied' },
  pt: { stated: 'Afirmado', reported: 'Relatado / alegado', planned: 'Planejado', suspended: 'Suspenso', denied: 'Negado' },
  es: { stated: 'Afirmado', reported: 'Reportado / presunto', planned: 'Previsto', suspended: 'Suspendido', denied: 'Negado' },
  fr: { stated: 'Affirmé', reported: 'Rapporté / présumé', planned: 'Prévu', suspended: 'Suspendu', denied: 'Démenti' },
};

const KIND_LABELS: Record<Lang, Record<PlaceKind, string>> = {
  en: { country: 'Country', region: 'Region', city: 'City', other: 'Place' },
  pt: { country: 'País', region: 'Região', city: 'Cidade', other: 'Lugar' },
  es: { country: 'País', region: 'Región', city: 'Ciudad', other: 'Lugar' },
  fr: { country: 'Pays', region: 'Région', city: 'Ville', other: 'Lieu' },
};

export function categoryLabel(c: FlowCategory, lang: Lang): string {
  return CATEGORY_LABELS[lang]?.[c] ?? CATEGORY_LABELS.en[c] ?? c;
}

export function statusLabel(s: FlowStatus, lang: Lang): string {
  return STATUS_LABELS[lang]?.[s] ?? STATUS_LABELS.en[s] ?? s;
}

export function kindLabel(k: PlaceKind, lang: Lang): string {
  return KIND_LABELS[lang]?.[k] ?? KIND_LABELS.en[k] ?? k;
}
