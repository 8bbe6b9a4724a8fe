// Exact fractions (BigInt numerator over denominator) for award arithmetic: rates and multipliers
// are decimals as typed (1.5, 0.02), so every computer gets the same award to the last point.
// Floating point is used only to show intermediate values, never to decide a total.

export interface Fraction {
  readonly num: bigint;
  /** Always positive. */
  readonly den: bigint;
}

const decimalPattern = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

function reduced(num: bigint, den: bigint): Fraction {
  const sign = den < 0n ? -1n : 1n;
  const divisor = gcd(num, den < 0n ? -den : den);
  return { num: (sign * num) / divisor, den: (sign * den) / divisor };
}

export const zero: Fraction = { num: 0n, den: 1n };

export function whole(value: number | bigint): Fraction {
  return { num: BigInt(value), den: 1n };
}

/**
 * The decimal a number prints as (JavaScript prints the shortest text that reads back as the same
 * number, the same on every machine): 0.1 is exactly 1/10 here, not 0.1000000000000000055….
 */
export function decimal(value: number): Fraction {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const match = decimalPattern.exec(String(value));
  if (!match) throw new RangeError(`Not a decimal: ${value}`);
  const [, sign, integer = '0', fraction = '', exponent = '0'] = match;
  const digits = BigInt(`${sign}${integer}${fraction}`);
  const scale = Number(exponent) - fraction.length;
  return scale >= 0 ? reduced(digits * 10n ** BigInt(scale), 1n) : reduced(digits, 10n ** BigInt(-scale));
}

export function add(a: Fraction, b: Fraction): Fraction {
  return reduced(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function multiply(a: Fraction, b: Fraction): Fraction {
  return reduced(a.num * b.num, a.den * b.den);
}

export function divide(a: Fraction, b: Fraction): Fraction {
  if (b.num === 0n) throw new RangeError('Division by zero');
  return reduced(a.num * b.den, a.den * b.num);
}

/** Largest whole number not above the fraction. */
export function floor(a: Fraction): bigint {
  const quotient = a.num / a.den;
  return a.num < 0n && quotient * a.den !== a.num ? quotient - 1n : quotient;
}

/** Nearest whole number, halves away from zero's lower side (2.5 → 3, 2.4 → 2). */
export function roundHalfUp(a: Fraction): bigint {
  return floor(add(a, { num: 1n, den: 2n }));
}

export function isWhole(a: Fraction): boolean {
  return a.den === 1n;
}

export function compare(a: Fraction, b: Fraction): number {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** For showing a step (rounded to a millionth); totals never go through here. */
export function approximate(a: Fraction): number {
  if (a.den === 1n) return Number(a.num);
  const millionths = roundHalfUp(multiply(a, whole(1_000_000)));
  return Number(millionths) / 1_000_000;
}
