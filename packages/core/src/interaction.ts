/**
 * Small pieces of interaction every chart shares: roving focus in a toolbar, toggling an id in
 * a set, and placing a tooltip beside the marks it speaks of, inside the plot.
 */

/**
 * The index a roving-focus toolbar (the legend) moves to for `key`, or `null` when the key is
 * not one it handles: arrows step and wrap, Home and End jump.
 */
export function rovingIndex(key: string, current: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** A copy of `set` with `id` added, or removed when it was there. */
export function toggled<T>(set: ReadonlySet<T>, id: T): Set<T> {
  const next = new Set(set);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** A rectangle in the plot's coordinates (CSS pixels from its top-left corner). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The box of `radius` around a point: a mark, or the area the pointer can hit around it. */
export function boxAround(point: { x: number; y: number }, radius = 0): Box {
  return { left: point.x - radius, top: point.y - radius, right: point.x + radius, bottom: point.y + radius };
}

/** The smallest box holding every box of `boxes`, or `null` for none. */
export function unionBox(boxes: Iterable<Box>): Box | null {
  let union: Box | null = null;
  for (const b of boxes) {
    union = union
      ? { left: Math.min(union.left, b.left), top: Math.min(union.top, b.top), right: Math.max(union.right, b.right), bottom: Math.max(union.bottom, b.bottom) }
      : { ...b };
  }
  return union;
}

/**
 * Where a tooltip of `size` goes so that it stays inside `bounds` and covers as little as it
 * can of `target`, the marks it speaks of: `gap` pixels to their right, else to their left,
 * below or above, each candidate moved inside the bounds; the first that covers the least of
 * the target wins. Every chart's tooltip is placed this way.
 */
export function tooltipPosition(
  target: Box,
  size: { width: number; height: number },
  bounds: { width: number; height: number },
  gap = 10,
): { left: number; top: number } {
  const maxLeft = Math.max(0, bounds.width - size.width);
  const maxTop = Math.max(0, bounds.height - size.height);
  const clamp = (value: number, max: number) => Math.min(Math.max(0, value), max);
  const centreX = (target.left + target.right) / 2 - size.width / 2;
  const centreY = (target.top + target.bottom) / 2 - size.height / 2;
  const candidates = [
    { left: target.right + gap, top: centreY },
    { left: target.left - gap - size.width, top: centreY },
    { left: centreX, top: target.bottom + gap },
    { left: centreX, top: target.top - gap - size.height },
  ].map((c) => ({ left: clamp(c.left, maxLeft), top: clamp(c.top, maxTop) }));
  const covered = (c: { left: number; top: number }) =>
    Math.max(0, Math.min(c.left + size.width, target.right) - Math.max(c.left, target.left)) *
    Math.max(0, Math.min(c.top + size.height, target.bottom) - Math.max(c.top, target.top));
  let best = candidates[0]!;
  for (const c of candidates) if (covered(c) < covered(best) - 0.5) best = c;
  return { left: Math.round(best.left), top: Math.round(best.top) };
}
