// The product catalog on a real database file: unique codes across SKUs and aliases, search and
// categories, delete refused while a program's rules name the product, undo of a delete.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openClaimsFixture, type ClaimsFixture } from './claims-fixture';

describe('products', () => {
  let f: ClaimsFixture;
  beforeEach(async () => {
    f = await openClaimsFixture();
  });
  afterEach(async () => {
    await f.close();
  });

  it('creates, lists with search, category filter and categories in use, and edits', async () => {
    const aircon = await f.product('AC-1200X', 'Aircon 1.2 kW', ['MJ-AC12', 'ac 1200'], 'Cooling');
    await f.product('FAN-40', 'Stand fan 40 cm', [], 'Cooling');
    await f.product('HTR-2', 'Water heater', [], 'Heating');

    const all = await f.call('products.list', {});
    expect(all.total).toBe(3);
    expect(all.rows.map((p) => p.sku)).toEqual(['AC-1200X', 'FAN-40', 'HTR-2']);
    expect(all.categories).toEqual(['Cooling', 'Heating']);
    expect(all.rows[0]).toMatchObject({
      name: 'Aircon 1.2 kW',
      aliases: ['MJ-AC12', 'ac 1200'],
      active: true,
    });

    expect((await f.call('products.list', { search: 'mj-ac' })).rows.map((p) => p.id)).toEqual([aircon]);
    expect((await f.call('products.list', { search: 'heater' })).rows.map((p) => p.sku)).toEqual(['HTR-2']);
    expect((await f.call('products.list', { search: '%' })).total).toBe(0);
    expect((await f.call('products.list', { category: 'Cooling' })).total).toBe(2);

    await f.call('products.update', {
      id: aircon,
      sku: 'AC-1200X',
      name: 'Aircon 1.2 kW inverter',
      category: 'Cooling',
      aliases: ['MJ-AC12', 'mj-ac12', 'AC-1200X'],
      active: false,
    });
    const listed = await f.call('products.list', {});
    expect(listed.rows.map((p) => p.sku)).toEqual(['FAN-40', 'HTR-2']);
    const withInactive = await f.call('products.list', { includeInactive: true });
    const edited = withInactive.rows.find((p) => p.id === aircon)!;
    // Repeats and the product's own SKU are dropped from its aliases.
    expect(edited).toMatchObject({ name: 'Aircon 1.2 kW inverter', aliases: ['MJ-AC12'], active: false });
  });

  it('refuses a SKU or alias that is already another product’s code, naming that product', async () => {
    const aircon = await f.product('AC-1200X', 'Aircon', ['MJ-AC12']);
    const sameSku = await f.fails('products.create', { sku: 'ac-1200x', name: 'Copy' });
    expect(sameSku.code).toBe('VALIDATION');
    expect(sameSku.fields?.sku?.key).toBe('validation.skuDuplicate');
    expect(sameSku.fields?.sku?.message).toContain('Aircon (AC-1200X)');

    const skuIsAlias = await f.fails('products.create', { sku: 'mj-AC12', name: 'Other' });
    expect(skuIsAlias.fields?.sku?.message).toContain('Aircon');

    const aliasTaken = await f.fails('products.create', {
      sku: 'FAN-1',
      name: 'Fan',
      aliases: ['X1', 'ac-1200x'],
    });
    expect(aliasTaken.fields?.['aliases.1']?.key).toBe('validation.skuDuplicate');
    expect(aliasTaken.fields?.aliases?.message).toContain("'ac-1200x' is already a code of Aircon");

    const fan = await f.product('FAN-1', 'Fan');
    const editClash = await f.fails('products.update', {
      id: fan,
      sku: 'FAN-1',
      name: 'Fan',
      aliases: ['mj-ac12'],
    });
    expect(editClash.fields?.['aliases.0']?.message).toContain('Aircon');
    // A product keeps its own codes when edited.
    await f.call('products.update', { id: aircon, sku: 'AC-1200X', name: 'Aircon', aliases: ['MJ-AC12'] });

    const badSku = await f.fails('products.create', { sku: '-bad sku!', name: 'Bad' });
    expect(badSku.fields?.sku?.key).toBe('validation.sku');
  });

  it('refuses to delete a product a program’s rules name, otherwise deletes it undoably', async () => {
    const aircon = await f.product('AC-1200X', 'Aircon');
    const fan = await f.product('FAN-40', 'Fan');
    await f.program({
      name: 'Aircon SPIF 2026',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      rules: [
        {
          key: 'spif',
          name: 'Per aircon',
          award: 'points',
          basis: 'units',
          filter: { productIds: [aircon], categories: [] },
          calc: { kind: 'rate', rate: 10, every: 1 },
        },
      ],
    });
    const refused = await f.fails('products.delete', { id: aircon });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain("'Aircon SPIF 2026'");

    const { batchId } = await f.call('products.delete', { id: fan });
    expect((await f.call('products.list', {})).rows.map((p) => p.sku)).toEqual(['AC-1200X']);
    // The code is free again once deleted…
    const reuse = await f.call('products.create', { sku: 'FAN-40', name: 'New fan' });
    await f.call('products.delete', { id: reuse.id });
    // …and undo brings the product back.
    await f.call('history.undo', { batchId });
    expect((await f.call('products.list', {})).rows.map((p) => p.name)).toEqual(['Aircon', 'Fan']);
    expect((await f.fails('products.delete', { id: reuse.id })).code).toBe('NOT_FOUND');
  });
});
