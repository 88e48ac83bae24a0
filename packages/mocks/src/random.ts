/**
 * A small seeded pseudo-random generator, so that seeded data and chaos outcomes repeat exactly:
 * the same seed gives the same sequence on every machine and in every JavaScript engine.
 *
 * @module
 */

/** A seed: a number, or any string (hashed to a number). */
export type MockSeed = number | string;

/**
 * A seeded source of pseudo-random numbers (sfc32, seeded through splitmix32). Not for security.
 */
export interface MockRandom {
  /** The next number in [0, 1). */
  next(): number;
  /**
   * The next integer from `min` to `max`, both included.
   *
   * @param min - The smallest integer.
   * @param max - The largest integer.
   */
  int(min: number, max: number): number;
  /**
   * One item of a non-empty list.
   *
   * @param items - The list to pick from.
   */
  pick<T>(items: readonly T[]): T;
  /**
   * Whether an event with probability `probability` happens this time.
   *
   * @param probability - From 0 (never) to 1 (always).
   */
  chance(probability: number): boolean;
}

/**
 * Hashes a string to an unsigned 32-bit integer (FNV-1a over UTF-16 code units).
 *
 * @internal
 */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Creates a seeded pseudo-random generator.
 *
 * @param seed - A number or a string; the same seed gives the same sequence.
 * @example
 * ```ts
 * const random = createRandom('lampung');
 * random.int(1, 6); // the same number on every run
 * ```
 */
export function createRandom(seed: MockSeed): MockRandom {
  let state = typeof seed === 'number' ? seed >>> 0 : hashString(seed);
  const splitmix = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  // Warm up, so that close seeds diverge at once.
  for (let round = 0; round < 12; round++) next();
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (probability) => probability > 0 && next() < probability,
  };
}
