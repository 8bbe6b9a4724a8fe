// The seeded pseudo-random source behind the demo data (mulberry32: tiny, fast, good enough for
// fake records, not for anything secret), so a seed always gives the same data set.
export class DemoRandom {
  private state: number;

  constructor(seed: number) {
    // Fold the high bits in so seeds beyond 2^32 (e.g. Date.now()) still differ from each other.
    const low = seed >>> 0;
    const high = Math.floor(seed / 0x1_0000_0000) >>> 0;
    this.state = (low ^ Math.imul(high, 0x9e3779b9)) >>> 0;
  }

  /** A float in [0, 1). An arrow property so it can be handed to ulid as its PRNG. */
  readonly next = (): number => {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };

  /** An integer in [0, count). */
  int(count: number): number {
    return Math.floor(this.next() * count);
  }

  /** An integer in [min, max], both included. */
  between(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** A local phone number part of `count` digits that does not start with 0 or 1. */
  phoneDigits(count: number): string {
    return String(2 + this.int(8)) + this.digits(count - 1);
  }

  /** `count` decimal digits, leading zeros allowed. */
  digits(count: number): string {
    // Looked up rather than formatted: phone numbers alone need millions of these.
    if (count <= 4) return digitStrings[count]![this.int(10 ** count)]!;
    return digitStrings[4]![this.int(10_000)]! + this.digits(count - 4);
  }
}

/** digitStrings[n] holds every n-digit string "00..0" to "99..9", for n up to 4. */
const digitStrings = [0, 1, 2, 3, 4].map((length) =>
  Array.from({ length: 10 ** length }, (_, value) => String(value).padStart(length, '0')),
);

/** A fixed set of choices with relative weights, picked in O(log n) by a cumulative table. */
export class WeightedChoice<T> {
  private readonly items: readonly T[];
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    this.items = entries.map(([item]) => item);
    this.cumulative = new Float64Array(entries.length);
    let sum = 0;
    entries.forEach(([, weight], index) => {
      sum += weight;
      this.cumulative[index] = sum;
    });
    this.total = sum;
  }

  pick(random: DemoRandom): T {
    const target = random.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low]!;
  }
}
