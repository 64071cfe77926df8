import { describe, expect, it } from 'vitest';
import { roundLines, roundPolygons } from './clean';
import { ringArea2 } from './geometry';

describe('roundPolygons', () => {
  it('rounds, clamps to the world, removes repeats and re-orients', () => {
    const [p] = roundPolygons([[[[0.00049, 0], [0, 1.0004], [1, 1], [1.0001, 0], [0, 0]]]], 3);
    expect(p![0]).toEqual([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]);
    expect(ringArea2(p![0]!)).toBeGreaterThan(0);
    const [q] = roundPolygons([[[[179, 0], [180.0000036, 0], [180.0000036, 1], [179, 1], [179, 0]]]], 3);
    expect(Math.max(...q![0]!.map((x) => x[0]))).toBe(180);
  });

  it('drops rings that collapse and polygons whose exterior collapses', () => {
    expect(roundPolygons([[[[0, 0], [0.0001, 0], [0.0001, 0.0001], [0, 0]]]], 3)).toEqual([]);
    const hole = [[0.5, 0.5], [0.5001, 0.5], [0.5, 0.5001], [0.5, 0.5]] as [number, number][];
    const [p] = roundPolygons([[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]], hole]], 3);
    expect(p).toHaveLength(1);
  });

  it('never writes -0', () => {
    const [p] = roundPolygons([[[[-0.0001, 0], [1, 0], [1, 1], [-0.0001, 1], [-0.0001, 0]]]], 3);
    expect(JSON.stringify(p)).not.toContain('-0');
  });
});

describe('roundLines', () => {
  it('keeps lines with two distinct positions', () => {
    expect(roundLines([[[0, 0], [0.0001, 0]], [[0, 0], [0, 0.0001], [1, 1]]], 3)).toEqual([[[0, 0], [1, 1]]]);
  });
});
