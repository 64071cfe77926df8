/** Basemap colours for the two themes: a light one fit for print and a dark one for screens. */
export type ThemeName = 'light' | 'dark';

export interface Theme {
  name: ThemeName;
  ocean: string;
  land: string;
  landMentioned: string;
  border: string;
  coast: string;
  label: string;
  labelHalo: string;
  /** Panel/UI colours used outside the canvas and by the export compositor. */
  ink: string;
  paper: string;
  muted: string;
}

export const THEMES: Record<ThemeName, Theme> = {
  light: {
    name: 'light',
    ocean: '#d7e4ee',
    land: '#f5f2eb',
    landMentioned: '#ebe3d2',
    border: '#a89f94',
    coast: '#8ea3b5',
    label: '#5d5349',
    labelHalo: '#f5f2eb',
    ink: '#1d232a',
    paper: '#ffffff',
    muted: '#5f6b76',
  },
  dark: {
    name: 'dark',
    ocean: '#0e1620',
    land: '#222c37',
    landMentioned: '#2d3a48',
    border: '#5a6878',
    coast: '#3d5266',
    label: '#c3ccd6',
    labelHalo: '#141c25',
    ink: '#e6ebf0',
    paper: '#111820',
    muted: '#9aa6b2',
  },
};

export function isThemeName(v: unknown): v is ThemeName {
  return v === 'light' || v === 'dark';
}
