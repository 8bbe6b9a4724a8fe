import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, type TempCore } from './temp-core';

describe('the workspace currency on a real database file', () => {
  let t: TempCore;
  beforeEach(async () => {
    t = await openTempCore();
  });
  afterEach(async () => {
    await t.dispose();
  });

  const partner = (name: string, country: string) =>
    t.ok('partners.create', { partner: { name, type: 'dealer', country, city: 'Somewhere' } });

  it('defaults to USD with no partners, then to the currency of the country most partners are in', async () => {
    expect(await t.ok('workspace.get', {})).toEqual({ currency: 'USD', currencyIsDefault: true });
    await partner('Toko Sinar', 'ID');
    await partner('Maju Jaya', 'MY');
    // A tie: alphabetical by country code (ID before MY).
    expect(await t.ok('workspace.get', {})).toEqual({ currency: 'IDR', currencyIsDefault: true });
    const { id } = await partner('Sinar Johor', 'MY');
    expect(await t.ok('workspace.get', {})).toEqual({ currency: 'MYR', currencyIsDefault: true });
    await t.ok('partners.delete', { id });
    expect((await t.ok('workspace.get', {})).currency).toBe('IDR');
  });

  it('once sales exist, the default stays their currency whatever the partner mix becomes', async () => {
    const { id: majuJaya } = await partner('Maju Jaya', 'MY');
    await t.ok('sales.save', {
      partnerId: majuJaya,
      period: '2026-01',
      revenueMinor: 100,
      units: 1,
      orders: 1,
    });
    await partner('Toko Sinar', 'ID');
    await partner('Toko Jaya', 'ID');
    expect(await t.ok('workspace.get', {})).toEqual({ currency: 'MYR', currencyIsDefault: true });
  });

  it('saves a chosen currency (upper-cased), undoably; refuses unknown codes at the field', async () => {
    await partner('Maju Jaya', 'MY');
    const saved = await t.ok('workspace.saveCurrency', { currency: ' sgd ' });
    expect(await t.ok('workspace.get', {})).toEqual({ currency: 'SGD', currencyIsDefault: false });
    expect(await t.fails('workspace.saveCurrency', { currency: 'XYZ' })).toMatchObject({
      code: 'VALIDATION',
      fields: { currency: { key: 'validation.currencyUnknown' } },
    });
    expect(await t.fails('workspace.saveCurrency', { currency: 'ringgit' })).toMatchObject({
      fields: { currency: { key: 'validation.currency' } },
    });
    const undone = await t.ok('history.undo', { batchId: saved.batchId });
    expect(undone.label).toBe('Set the workspace currency to SGD');
    expect(await t.ok('workspace.get', {})).toEqual({ currency: 'MYR', currencyIsDefault: true });
  });

  it('refuses a change while sales records exist in another currency; allowed again once they are deleted', async () => {
    const { id: majuJaya } = await partner('Maju Jaya', 'MY');
    await t.ok('workspace.saveCurrency', { currency: 'EUR' });
    const { id } = await t.ok('sales.save', {
      partnerId: majuJaya,
      period: '2026-01',
      revenueMinor: 100,
      units: 1,
      orders: 1,
    });
    expect((await t.ok('sales.list', {})).rows[0]?.currency).toBe('EUR');
    expect(await t.fails('workspace.saveCurrency', { currency: 'MYR' })).toMatchObject({
      code: 'VALIDATION',
      fields: {
        currency: {
          key: 'validation.currencyInUse',
          params: { currency: 'EUR' },
          message: 'Sales records are in EUR: delete them before changing the currency.',
        },
      },
    });
    // Saving the same currency again is no change at all.
    expect(await t.ok('workspace.saveCurrency', { currency: 'EUR' })).toMatchObject({ batchId: '' });
    // Records of a deleted partner come back with it, so they still count.
    await t.ok('partners.delete', { id: majuJaya });
    expect(await t.fails('workspace.saveCurrency', { currency: 'MYR' })).toMatchObject({
      code: 'VALIDATION',
    });
    await t.ok('history.undo', {});
    await t.ok('sales.delete', { id });
    await t.ok('workspace.saveCurrency', { currency: 'MYR' });
    expect(await t.ok('workspace.get', {})).toEqual({ currency: 'MYR', currencyIsDefault: false });
  });
});
