import { describe, expect, it } from 'vitest';
import {
  parseAnyDay,
  parseBirthdayCell,
  parseCountry,
  parseLanguage,
  parsePartnerStatus,
  parsePartnerType,
  parseTags,
  parseYesNo,
} from '../../../src/core/data-import/record-cells';

const outcome = <T>(result: { ok: true; value: T } | { ok: false; key: string }) =>
  result.ok ? result.value : result.key;

describe('partner and contact cells as spreadsheets write them', () => {
  it.each([
    ['Distributor', 'distributor'],
    ['  RETAILER ', 'retailer'],
    ['pemborong', 'wholesaler'],
    ['Groothandel', 'wholesaler'],
    ['批发商', 'wholesaler'],
    ['agen', 'agent'],
    ['shop', 'dataImport.errors.partnerType'],
  ])('type %j is %j', (text, expected) => expect(outcome(parsePartnerType(text))).toBe(expected));

  it.each([
    ['Active', 'active'],
    ['actief', 'active'],
    ['暂停', 'paused'],
    ['gone', 'dataImport.errors.partnerStatus'],
  ])('status %j is %j', (text, expected) => expect(outcome(parsePartnerStatus(text))).toBe(expected));

  it.each([
    ['my', 'MY'],
    ['Malaysia', 'MY'],
    ['Nederland', 'NL'],
    ['Holland', 'NL'],
    ['中国', 'CN'],
    ['Indonesia', 'ID'],
    ['Atlantis', 'dataImport.errors.country'],
  ])('country %j is %j', (text, expected) => expect(outcome(parseCountry(text))).toBe(expected));

  it.each([
    ['2021-06-01', '2021-06-01'],
    ['2021/6/1', '2021-06-01'],
    ['25/12/2030', '2030-12-25'],
    ['05/06/2021', 'validation.importDayAmbiguous'],
    ['44348', '2021-06-01'],
    ['2021-02-30', 'dataImport.errors.date'],
    ['soon', 'dataImport.errors.date'],
  ])('day %j is %j', (text, expected) => expect(outcome(parseAnyDay(text))).toBe(expected));

  it.each([
    ['1980-05-06', '1980-05-06'],
    ['--03-14', '--03-14'],
    ['03-14', '--03-14'],
    ['--0229', '--02-29'],
    ['--02-30', 'dataImport.errors.birthday'],
    ['1980-13-01', 'dataImport.errors.birthday'],
  ])('birthday %j is %j', (text, expected) => expect(outcome(parseBirthdayCell(text))).toBe(expected));

  it.each([
    ['yes', true],
    ['Ya', true],
    ['ja', true],
    ['是', true],
    ['no', false],
    ['', false],
    ['maybe', 'dataImport.errors.yesNo'],
  ])('yes/no %j is %j', (text, expected) => expect(outcome(parseYesNo(text))).toBe(expected));

  it.each([
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['中文', 'zh'],
    ['Bahasa Melayu', 'ms'],
    ['Nederlands', 'nl'],
    ['klingon', 'dataImport.errors.language'],
  ])('language %j is %j', (text, expected) => expect(outcome(parseLanguage(text))).toBe(expected));

  it('splits tags on ; or , (also the Chinese full-width ones) and drops repeats', () => {
    expect(parseTags('Paint; hardware,PAINT，五金；  ')).toEqual(['Paint', 'hardware', '五金']);
  });
});
