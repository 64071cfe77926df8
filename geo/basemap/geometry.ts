/**
 * Plain planar geometry on [lon, lat] positions shared by the basemap builder: the types, signed ring
 * area (shoelace), orientation, bounding boxes and point-in-ring. No projection, no sphere.
 */
export type Pos = [number, number];
export type Ring = Pos[];
/** A polygon as GeoJSON has it: first ring exterior, the rest holes; rings closed (first == last). */
export type Poly = Ring[];
export type Line = Pos[];

/** Twice the signed planar area; > 0 when the ring runs counter-clockwise (x east, y north). */
export function ringArea2(ring: readonly Pos[]): number {
  let s = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s;
}

/** The ring with the wanted orientation (a reversed copy, or the ring itself when already right). */
export function orient(ring: Ring, ccw: boolean): Ring {
  return ringArea2(ring) > 0 === ccw ? ring : [...ring].reverse();
}

/** RFC 7946 orientation: exterior counter-clockwise, holes clockwise. */
export function rewindPolygon(poly: Poly): Poly {
  return poly.map((ring, i) => orient(ring, i === 0));
}

export function bboxOf(rings: readonly (readonly Pos[])[]): [number, number, number, number] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const ring of rings) {
    for (const [x, y] of ring) {
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return [x0, y0, x1, y1];
}

/** Even-odd point in ring (the ring closed, orientation irrelevant). */
export function pointInRing(p: Pos, ring: readonly Pos[]): boolean {
  const [x, y] = p;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Maps every position of the polygons (new arrays; inputs untouched). */
export function mapPolys(polys: readonly Poly[], f: (p: Pos) => Pos): Poly[] {
  return polys.map((poly) => poly.map((ring) => ring.map(f)));
}
