/** Seeded generators for stress stories: the same numbers on every load, so screenshots compare. */

/** A small linear congruential generator returning numbers in [0, 1). */
export function seededRandom(seed = 42): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
