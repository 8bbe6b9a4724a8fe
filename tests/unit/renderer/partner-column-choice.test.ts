import { describe, expect, it } from 'vitest';
import {
  defaultPartnerColumns,
  parseColumnChoice,
  toggleColumn,
} from '../../../src/renderer/src/features/partners/partner-column-choice';

describe('partner column choice', () => {
  it('uses the defaults when nothing or garbage is stored', () => {
    expect(parseColumnChoice(null)).toEqual(defaultPartnerColumns);
    expect(parseColumnChoice('{not json')).toEqual(defaultPartnerColumns);
    expect(parseColumnChoice('"name"')).toEqual(defaultPartnerColumns);
  });

  it('keeps known columns in canonical order and always the name', () => {
    expect(parseColumnChoice(JSON.stringify(['city', 'bogus', 'type', 7]))).toEqual(['name', 'type', 'city']);
  });

  it('toggles a column but never the name', () => {
    expect(toggleColumn(['name', 'city'], 'type')).toEqual(['name', 'type', 'city']);
    expect(toggleColumn(['name', 'type', 'city'], 'type')).toEqual(['name', 'city']);
    expect(toggleColumn(['name', 'city'], 'name')).toEqual(['name', 'city']);
  });
});
