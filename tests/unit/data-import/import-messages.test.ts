import { describe, expect, it } from 'vitest';
import { importMessages } from '../../../src/shared/data-import';
import { dataImportEn } from '../../../src/renderer/src/i18n/locales/en/dataImport';

describe("the partner and contact import's own messages", () => {
  it('are the same English in the core (fallback text) and in the locale file (what is translated)', () => {
    const inLocale = Object.fromEntries(
      Object.entries(dataImportEn.errors).map(([key, text]) => [`dataImport.errors.${key}`, text]),
    );
    expect(inLocale).toEqual(importMessages);
  });
});
