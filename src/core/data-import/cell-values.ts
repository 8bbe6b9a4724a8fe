// Reading one spreadsheet cell as the value a field needs: amounts with either decimal convention,
// months and days in the shapes spreadsheets write them. Pure; every refusal says what to write.
import { isCalendarDate } from '../../shared/validation';

export type CellResult<T> =
  { ok: true; value: T } | { ok: false; key: string; params?: Record<string, string | number> };

const refuse = (key: string, params?: Record<string, string | number>): CellResult<never> => ({
  ok: false,
  key,
  ...(params ? { params } : {}),
});

/** Spaces people and spreadsheets put between thousands (regular, no-break, narrow no-break). */
const groupSpaces = /[\s\u00a0\u202f]/g;

/**
 * A non-negative decimal as whole minor units with `digits` decimals. Thousands separators may be
 * `,` or `.` when the other one is the decimal mark: `1,234.56` and `1.234,56` are read; a lone
 * `1,234` or `1.234` is refused as ambiguous for money and read as a thousand for whole numbers.
 */
export function parseDecimal(text: string, digits: number, currency = ''): CellResult<number> {
  const value = text.replace(groupSpaces, '');
  if (value === '') return refuse('validation.required');
  if (/^-/.test(value) || /^\(.*\)$/.test(value)) return refuse('validation.negativeAmount');
  if (!/^[0-9.,]+$/.test(value) || !/[0-9]/.test(value))
    return refuse('validation.importNumber', { value: text });
  const split = splitDecimal(value, digits);
  if (!split) return refuse('validation.importNumber', { value: text });
  if ('ambiguous' in split) return refuse('validation.importNumberAmbiguous', { value: text });
  const { whole, fraction } = split;
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > digits) {
    return digits === 0
      ? refuse('validation.importWholeNumber', { value: text })
      : refuse('validation.importDecimals', { value: text, digits, currency });
  }
  const minorText = (whole + significant.padEnd(digits, '0')).replace(/^0+(?=\d)/, '');
  const minor = Number(minorText);
  if (!Number.isSafeInteger(minor)) return refuse('validation.importNumber', { value: text });
  return { ok: true, value: minor };
}

type Split = { whole: string; fraction: string } | { ambiguous: true } | null;

function splitDecimal(value: string, digits: number): Split {
  const commas = count(value, ',');
  const dots = count(value, '.');
  if (commas > 0 && dots > 0) {
    // Both: the later one is the decimal mark and appears once; the other groups thousands.
    const decimalMark = value.lastIndexOf(',') > value.lastIndexOf('.') ? ',' : '.';
    const groupMark = decimalMark === ',' ? '.' : ',';
    if (count(value, decimalMark) !== 1) return null;
    const [whole = '', fraction = ''] = value.split(decimalMark);
    if (!isGrouped(whole, groupMark) || !/^\d+$/.test(fraction)) return null;
    return { whole: whole.split(groupMark).join(''), fraction };
  }
  const mark = commas > 0 ? ',' : dots > 0 ? '.' : null;
  if (mark === null) return /^\d+$/.test(value) ? { whole: value, fraction: '' } : null;
  if (count(value, mark) > 1) {
    return isGrouped(value, mark) ? { whole: value.split(mark).join(''), fraction: '' } : null;
  }
  const [whole = '', fraction = ''] = value.split(mark);
  if (whole === '' || fraction === '' || !/^\d+$/.test(whole) || !/^\d+$/.test(fraction)) return null;
  // "1,234": a thousand and more, or one and a bit? For whole numbers only the first makes sense;
  // for money both do (the second as a typo), so the user is asked to write it unambiguously.
  if (fraction.length === 3 && isGrouped(value, mark)) {
    return digits === 0 ? { whole: whole + fraction, fraction: '' } : { ambiguous: true };
  }
  return { whole, fraction };
}

/** 1,234,567: a first group of 1-3 digits (not a leading zero), then groups of exactly 3. */
function isGrouped(value: string, mark: string): boolean {
  const groups = value.split(mark);
  const [first = '', ...rest] = groups;
  if (!/^\d{1,3}$/.test(first) || (first.length > 1 && first.startsWith('0'))) return false;
  if (first === '0' && rest.length > 0) return false;
  return rest.every((group) => /^\d{3}$/.test(group));
}

function count(value: string, character: string): number {
  return value.split(character).length - 1;
}

/** A whole number from `min` to `max` (units, orders, NPS); empty is null. */
export function parseWhole(text: string, min: number, max: number, key: string): CellResult<number | null> {
  if (text.replace(groupSpaces, '') === '') return { ok: true, value: null };
  if (/^\s*-/.test(text)) return refuse(key);
  const parsed = parseDecimal(text, 0);
  if (!parsed.ok) return refuse(key);
  if (parsed.value < min || parsed.value > max) return refuse(key);
  return parsed;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug is folded into that start). */
function excelSerialDay(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2_958_465) return null;
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

/** A spreadsheet's day serial (e.g. 46082) when a date cell was saved as its number. */
const serialPattern = /^\d{5}$/;

/**
 * A calendar month, YYYY-MM, from 2026-03, 2026-03-15, 2026/03, 03/2026, 3/2026, 03-2026 or an
 * Excel day serial. Not in the future of `today`.
 */
export function parseMonth(text: string, today: string): CellResult<string> {
  const value = text.trim();
  if (value === '') return refuse('validation.required');
  let year: number | null = null;
  let month: number | null = null;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(value))) {
    year = Number(match[1]);
    month = Number(match[2]);
    if (match[3] !== undefined && !isCalendarDate(year, month, Number(match[3]))) {
      return refuse('validation.importMonth', { value });
    }
  } else if ((match = /^(\d{1,2})[-/.](\d{4})$/.exec(value))) {
    month = Number(match[1]);
    year = Number(match[2]);
  } else if (serialPattern.test(value)) {
    const day = excelSerialDay(Number(value));
    if (day) {
      year = Number(day.slice(0, 4));
      month = Number(day.slice(5, 7));
    }
  }
  if (year === null || month === null || month < 1 || month > 12 || year < 1900) {
    return refuse('validation.importMonth', { value });
  }
  const period = `${year}-${pad(month)}`;
  if (period > today.slice(0, 7)) return refuse('validation.futureMonth');
  return { ok: true, value: period };
}

/**
 * A day, YYYY-MM-DD, from 2026-03-15, 2026/03/15, an Excel day serial, or 15/03/2026 when the day
 * and month cannot be mixed up (day above 12, or both equal). Not after `today`.
 */
export function parseDay(text: string, today: string): CellResult<string> {
  const value = text.trim();
  if (value === '') return refuse('validation.required');
  let day: string | null = null;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value))) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (isCalendarDate(y, m, d)) day = `${y}-${pad(m)}-${pad(d)}`;
  } else if ((match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value))) {
    const [a, b, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (a <= 12 && b <= 12 && a !== b) return refuse('validation.importDayAmbiguous', { value });
    // Day first, as in Malaysia, Indonesia and the Netherlands; a US month-first date shows
    // itself by a second number above 12.
    const [d, m] = a > 12 || a === b ? [a, b] : [b, a];
    if (isCalendarDate(y, m, d)) day = `${y}-${pad(m)}-${pad(d)}`;
  } else if (serialPattern.test(value)) {
    day = excelSerialDay(Number(value));
  }
  if (!day) return refuse('validation.importDay', { value });
  if (day > today) return refuse('validation.futureDay');
  return { ok: true, value: day };
}

/** Names compared as people mean them: case, accents and runs of spaces do not matter. */
export function nameKey(text: string): string {
  // Printable ASCII has nothing to decompose or strip: the same key without the Unicode passes
  // (most cells of a large file, checked twice per import).
  const folded = printableAscii.test(text)
    ? text.toLowerCase()
    : text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
  return folded.replace(/\s+/g, ' ').trim();
}

const printableAscii = /^[\x20-\x7e]*$/;
