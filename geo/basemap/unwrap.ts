/**
 * Longitude unwrapping: world-atlas rings are continuous on the sphere but jump by ~360° where they
 * cross the antimeridian. Unwrapping shifts each position by a multiple of 360° so consecutive
 * longitudes never differ by more than 180°; a ring that encircles a pole then ends 360° away from
 * where it started (its winding).
 */
import type { Pos } from './geometry';

/** A copy of the path with longitudes made continuous, starting from the first position as it is. */
export function unwrap(path: readonly Pos[]): Pos[] {
  const out: Pos[] = [];
  let prev = NaN;
  for (const [x0, y] of path) {
    let x = x0;
    if (out.length > 0) {
      while (x - prev > 180) x -= 360;
      while (x - prev < -180) x += 360;
    }
    out.push([x, y]);
    prev = x;
  }
  return out;
}

/** How many times an unwrapped closed ring goes round the globe: (last lon - first lon) / 360. */
export function winding(unwrapped: readonly Pos[]): number {
  if (unwrapped.length < 2) return 0;
  return Math.round((unwrapped[unwrapped.length - 1]![0] - unwrapped[0]![0]) / 360);
}

/** The path shifted by whole turns so its first longitude is within 180° of `x`. */
export function shiftNear(path: readonly Pos[], x: number): Pos[] {
  if (path.length === 0) return [];
  const k = Math.round((path[0]![0] - x) / 360);
  return k === 0 ? [...path] : path.map(([px, py]) => [px - 360 * k, py]);
}
