// The app's language is remembered on this computer: it survives a restart, can go back to
// following the OS, is refused when unknown, and leaves the Undo history alone.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, type TempCore } from './temp-core';

describe('UI language setting on a real database file', () => {
  let t: TempCore;
  beforeEach(async () => {
    t = await openTempCore();
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('is not chosen on a new database, so the app follows the OS language', async () => {
    expect(await t.ok('uiLanguage.get', {})).toEqual({ language: null });
  });

  it('remembers the choice across a restart of the core', async () => {
    expect(await t.ok('uiLanguage.save', { language: 'ms' })).toEqual({ language: 'ms' });
    await t.ok('uiLanguage.save', { language: 'zh' });
    const dataDir = t.dataDir;
    await t.core.close();
    const reopened = await openTempCore(dataDir);
    try {
      expect(await reopened.ok('uiLanguage.get', {})).toEqual({ language: 'zh' });
      await reopened.ok('uiLanguage.save', { language: null });
      expect(await reopened.ok('uiLanguage.get', {})).toEqual({ language: null });
    } finally {
      t = reopened;
    }
  });

  it('refuses a language the app is not written in, at the field', async () => {
    const error = await t.fails('uiLanguage.save', { language: 'fr' });
    expect(error.code).toBe('VALIDATION');
    expect(JSON.stringify(error)).toContain('validation.language');
    expect(await t.ok('uiLanguage.get', {})).toEqual({ language: null });
  });

  it('is not a change of the workspace: nothing to undo afterwards', async () => {
    await t.ok('uiLanguage.save', { language: 'nl' });
    expect((await t.ok('history.status', {})).canUndo).toBe(false);
  });
});
