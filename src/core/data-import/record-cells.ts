// Reading the cells of a partner or contact row: partner types and statuses by their value or
// their name in any of the app's languages, countries by code or name, yes/no, languages,
// free dates and birthdays, tag lists. Pure; every refusal names the value and what to write.
import { contactLanguages, countryCodes, isCountryCode, type ContactLanguage } from '../../shared/countries';
import { formatBirthday } from '../../shared/contacts';
import { partnerStatuses, partnerTypes, type PartnerStatus, type PartnerType } from '../../shared/partners';
import { isCalendarDate, limits } from '../../shared/validation';
import type { CellResult } from './cell-values';
import { nameKey } from './cell-values';

const refuse = (key: string, value: string): CellResult<never> => ({ ok: false, key, params: { value } });

/** Words for each partner type in English, Malay, Indonesian, Dutch and Chinese. */
const typeWords: Record<PartnerType, readonly string[]> = {
  distributor: ['distributor', 'pengedar', 'distributeur', '分销商', '经销商', '代理经销商'],
  wholesaler: ['wholesaler', 'wholesale', 'pemborong', 'grosir', 'pedagang besar', 'groothandel', '批发商'],
  dealer: ['dealer', 'peniaga', 'penyalur', 'handelaar', '经销店', '特约经销商'],
  reseller: ['reseller', 'penjual semula', 'penjual kembali', 'wederverkoper', '转售商', '分销店'],
  retailer: [
    'retailer',
    'retail',
    'peruncit',
    'pengecer',
    'detailhandel',
    'detaillist',
    'winkelier',
    '零售商',
    '零售',
  ],
  agent: ['agent', 'ejen', 'agen', 'tussenpersoon', '代理', '代理商'],
};

const statusWords: Record<PartnerStatus, readonly string[]> = {
  prospect: ['prospect', 'prospek', '潜在', '潜在客户'],
  active: ['active', 'aktif', 'actief', '活跃', '合作中'],
  paused: ['paused', 'on hold', 'digantung', 'ditangguhkan', 'dijeda', 'gepauzeerd', '暂停'],
  churned: ['churned', 'lost', 'ended', 'hilang', 'berhenti', 'verloren', 'vertrokken', '流失', '已流失'],
};

function wordIndex<T extends string>(words: Record<T, readonly string[]>): Map<string, T> {
  const index = new Map<string, T>();
  for (const [value, list] of Object.entries(words) as [T, readonly string[]][]) {
    index.set(value, value);
    for (const word of list) index.set(nameKey(word), value);
  }
  return index;
}

const typeIndex = wordIndex(typeWords);
const statusIndex = wordIndex(statusWords);

export function parsePartnerType(text: string): CellResult<PartnerType> {
  const found = typeIndex.get(nameKey(text));
  return found && partnerTypes.includes(found)
    ? { ok: true, value: found }
    : refuse('dataImport.errors.partnerType', text);
}

export function parsePartnerStatus(text: string): CellResult<PartnerStatus> {
  const found = statusIndex.get(nameKey(text));
  return found && partnerStatuses.includes(found)
    ? { ok: true, value: found }
    : refuse('dataImport.errors.partnerStatus', text);
}

/** English country names (and the markets' own names) by name key, made once. */
let countryNames: Map<string, string> | null = null;

function countryByName(): Map<string, string> {
  if (countryNames) return countryNames;
  const names = new Map<string, string>();
  for (const locale of ['en', 'ms', 'id', 'nl', 'zh']) {
    const display = new Intl.DisplayNames([locale], { type: 'region' });
    for (const code of countryCodes) {
      const name = display.of(code);
      if (name && name !== code) names.set(nameKey(name), code);
    }
  }
  for (const [alias, code] of [
    ['holland', 'NL'],
    ['the netherlands', 'NL'],
    ['prc', 'CN'],
    ['china mainland', 'CN'],
    ['uk', 'GB'],
    ['usa', 'US'],
  ] as const) {
    names.set(alias, code);
  }
  countryNames = names;
  return names;
}

export function parseCountry(text: string): CellResult<string> {
  const code = text.trim().toUpperCase();
  if (isCountryCode(code)) return { ok: true, value: code };
  const byName = countryByName().get(nameKey(text));
  return byName ? { ok: true, value: byName } : refuse('dataImport.errors.country', text);
}

const yesWords = new Set(['yes', 'y', 'true', '1', 'ya', 'ja', 'x', '是', '对']);
const noWords = new Set(['no', 'n', 'false', '0', 'tidak', 'tak', 'nee', '', '否', '不']);

export function parseYesNo(text: string): CellResult<boolean> {
  const key = nameKey(text);
  if (yesWords.has(key)) return { ok: true, value: true };
  if (noWords.has(key)) return { ok: true, value: false };
  return refuse('dataImport.errors.yesNo', text);
}

const languageWords: Record<string, ContactLanguage> = {
  english: 'en',
  chinese: 'zh',
  mandarin: 'zh',
  中文: 'zh',
  华语: 'zh',
  malay: 'ms',
  'bahasa melayu': 'ms',
  melayu: 'ms',
  indonesian: 'id',
  'bahasa indonesia': 'id',
  dutch: 'nl',
  nederlands: 'nl',
};

export function parseLanguage(text: string): CellResult<ContactLanguage> {
  const key = nameKey(text);
  // "zh-CN", "en_GB": the primary tag is what greetings are chosen by.
  const primary = key.split(/[-_ ]/)[0] ?? '';
  const code = (contactLanguages as readonly string[]).includes(primary)
    ? (primary as ContactLanguage)
    : null;
  const found = code ?? languageWords[key];
  return found ? { ok: true, value: found } : refuse('dataImport.errors.language', text);
}

const pad = (n: number) => String(n).padStart(2, '0');

function excelSerialDate(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2_958_465) return null;
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A calendar day, past or future, from YYYY-MM-DD (or / .), DD/MM/YYYY when day and month cannot
 * be mixed up, or an Excel day serial.
 */
export function parseAnyDay(text: string): CellResult<string> {
  const value = text.trim();
  let match: RegExpExecArray | null;
  let parts: [number, number, number] | null = null;
  if ((match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value))) {
    parts = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value))) {
    const [a, b, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (a <= 12 && b <= 12 && a !== b) return refuse('validation.importDayAmbiguous', value);
    parts = a > 12 || a === b ? [y, b, a] : [y, a, b];
  } else if (/^\d{5}$/.test(value)) {
    const day = excelSerialDate(Number(value));
    if (day) return { ok: true, value: day };
  }
  if (!parts || parts[0] < 1900 || parts[0] > 2100 || !isCalendarDate(...parts)) {
    return refuse('dataImport.errors.date', value);
  }
  return { ok: true, value: `${parts[0]}-${pad(parts[1])}-${pad(parts[2])}` };
}

/** A birthday as stored: YYYY-MM-DD, or --MM-DD (also "--MMDD", "MM-DD") when the year is unknown. */
export function parseBirthdayCell(text: string): CellResult<string> {
  const value = text.trim();
  const yearless = /^(?:--)?(\d{1,2})-?(\d{2})$/.exec(value) ?? /^--(\d{2})(\d{2})$/.exec(value);
  if (yearless && value.length <= 7) {
    const [month, day] = [Number(yearless[1]), Number(yearless[2])];
    if (isCalendarDate(2000, month, day)) return { ok: true, value: formatBirthday(null, month, day) };
    return refuse('dataImport.errors.birthday', value);
  }
  const day = parseAnyDay(value);
  if (!day.ok)
    return day.key === 'validation.importDayAmbiguous' ? day : refuse('dataImport.errors.birthday', value);
  return day;
}

/** Tags separated by ; or , (either works; a tag cannot contain them). */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[;,，；]/)
    .map((tag) => tag.trim())
    .filter((tag) => {
      const key = tag.toLocaleLowerCase();
      if (tag === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

export function tagsError(tags: readonly string[]): { key: string; params: Record<string, number> } | null {
  if (tags.length > limits.tags) return { key: 'validation.tooMany', params: { max: limits.tags } };
  if (tags.some((tag) => tag.length > limits.tag))
    return { key: 'validation.tooLong', params: { max: limits.tag } };
  return null;
}
