/**
 * Small pieces of interaction every chart shares: roving focus in a toolbar, toggling an id in
 * a set, and placing a tooltip beside an anchor inside the plot.
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

/**
 * Where a tooltip of `size` goes beside `anchor` so that it stays inside `bounds`: to the right
 * of the anchor when there is room (or when the anchor is in the left half), else to the left;
 * below it, moved up as far as needed.
 */
export function tooltipPosition(
  anchor: { x: number; y: number },
  size: { width: number; height: number },
  bounds: { width: number; height: number },
  offset = 14,
): { left: number; top: number } {
  const fitsRight = anchor.x + offset + size.width <= bounds.width;
  const left = fitsRight || anchor.x < bounds.width / 2 ? Math.min(anchor.x + offset, bounds.width - size.width) : anchor.x - offset - size.width;
  const top = Math.min(anchor.y + offset, bounds.height - size.height);
  return { left: Math.max(0, Math.round(left)), top: Math.max(0, Math.round(top)) };
}
