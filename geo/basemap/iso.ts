/**
 * ISO 3166-1 alpha-2 codes for world-atlas features: their ids are ISO numeric codes; the few Natural
 * Earth units without one get a stable user-assigned code where the world uses one (Kosovo: XK) and ''
 * otherwise (Somaliland, N. Cyprus, Siachen Glacier, Indian Ocean Ter.), so no country tint or label
 * claims them.
 */
export const ISO_BY_NAME: Readonly<Record<string, string>> = { Kosovo: 'XK' };

export function isoOf(id: string | number | undefined, name: string | undefined, numericToAlpha2: (n: string) => string | undefined): string {
  if (id !== undefined && id !== null && String(id) !== '' && !String(id).startsWith('-')) {
    const a2 = numericToAlpha2(String(id).padStart(3, '0'));
    if (a2) return a2;
  }
  return (name && ISO_BY_NAME[name]) || '';
}
