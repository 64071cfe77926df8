/**
 * Paints a Composition onto a 2D canvas context: background, the rendered map bitmap, then every item.
 * Item coordinates are CSS pixels; the context is scaled by the pixel ratio so lines, markers and text
 * grow together. Text goes through fillText (never HTML), so article quotes are inert.
 */
import type { Composition, Item, Measure, Weight } from './layout';

export const EXPORT_FONT_FAMILY = 'Article Atlas Export Sans';

export function fontSpec(size: number, weight: Weight): string {
  return `${weight} ${size.toFixed(2)}px "${EXPORT_FONT_FAMILY}", sans-serif`;
}

/** A Measure backed by a canvas context. */
export function canvasMeasure(ctx: CanvasRenderingContext2D): Measure {
  return (text, size, weight) => {
    ctx.font = fontSpec(size, weight);
    return ctx.measureText(text).width;
  };
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  if (r > 0) ctx.roundRect(x, y, w, h, r);
  else ctx.rect(x, y, w, h);
}

function drawItem(ctx: CanvasRenderingContext2D, it: Item): void {
  ctx.save();
  switch (it.kind) {
    case 'rect':
      ctx.globalAlpha = it.alpha ?? 1;
      roundRect(ctx, it.x, it.y, it.w, it.h, it.radius ?? 0);
      if (it.fill) {
        ctx.fillStyle = it.fill;
        ctx.fill();
      }
      if (it.stroke) {
        ctx.globalAlpha = 1;
        ctx.strokeStyle = it.stroke;
        ctx.lineWidth = it.lineWidth ?? 1;
        ctx.stroke();
      }
      break;
    case 'text':
      ctx.font = fontSpec(it.size, it.weight);
      ctx.fillStyle = it.color;
      ctx.textAlign = it.align ?? 'left';
      ctx.textBaseline = it.baseline ?? 'alphabetic';
      ctx.fillText(it.text, it.x, it.y);
      break;
    case 'line': {
      if (it.points.length < 2) break;
      ctx.globalAlpha = it.alpha ?? 1;
      ctx.strokeStyle = it.color;
      ctx.lineWidth = it.width;
      ctx.lineCap = it.cap ?? 'butt';
      ctx.lineJoin = 'round';
      // Dashes are in line widths, as in MapLibre's line-dasharray.
      ctx.setLineDash(it.dash ? it.dash.map((d) => d * it.width) : []);
      ctx.beginPath();
      it.points.forEach(([x, y], i) => (i ? ctx.lineTo(x, y) : ctx.moveTo(x, y)));
      ctx.stroke();
      break;
    }
    case 'circle':
      ctx.beginPath();
      ctx.arc(it.x, it.y, it.r, 0, Math.PI * 2);
      ctx.fillStyle = it.fill;
      ctx.fill();
      if (it.stroke) {
        ctx.strokeStyle = it.stroke;
        ctx.lineWidth = it.lineWidth ?? 1;
        ctx.stroke();
      }
      break;
  }
  ctx.restore();
}

/**
 * Draws the whole report. `mapImage` is the rendered map at device resolution; it is copied 1:1 at the
 * map area's device position (no resampling).
 */
export function drawComposition(ctx: CanvasRenderingContext2D, c: Composition, pixelRatio: number, mapImage: CanvasImageSource | ImageData | null): void {
  const W = ctx.canvas.width;
  const H = ctx.canvas.height;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = c.background;
  ctx.fillRect(0, 0, W, H);
  const mx = Math.round(c.map.x * pixelRatio);
  const my = Math.round(c.map.y * pixelRatio);
  if (mapImage instanceof ImageData) ctx.putImageData(mapImage, mx, my);
  else if (mapImage) ctx.drawImage(mapImage, mx, my);
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  for (const it of c.items) drawItem(ctx, it);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}
