// The live catalog by code: every SKU and alias (compared by skuKey) to its product, loaded in one
// query. Catalogs are thousands of products at most, so claims and imports map codes in memory.
import type { Kysely } from 'kysely';
import { skuKey } from '../../shared/products';
import type { Database } from '../db/database';

export interface CatalogProduct {
  id: string;
  sku: string;
  name: string;
  category: string;
  aliases: string[];
}

export interface Catalog {
  byId: Map<string, CatalogProduct>;
  /** skuKey of a SKU or alias → its product. */
  byCode: Map<string, CatalogProduct>;
}

export async function loadCatalog(db: Kysely<Database>): Promise<Catalog> {
  const rows = await db
    .selectFrom('products')
    .select(['id', 'sku', 'name', 'category', 'aliases'])
    .where('deletedAt', 'is', null)
    .orderBy('createdAt')
    .execute();
  return buildCatalog(rows.map((row) => ({ ...row, aliases: JSON.parse(row.aliases) as string[] })));
}

/** SKUs win over aliases when (through an old row) a code is both. */
export function buildCatalog(products: readonly CatalogProduct[]): Catalog {
  const byId = new Map<string, CatalogProduct>();
  const byCode = new Map<string, CatalogProduct>();
  for (const product of products) byId.set(product.id, product);
  for (const product of products) {
    for (const alias of product.aliases) {
      const key = skuKey(alias);
      if (!byCode.has(key)) byCode.set(key, product);
    }
  }
  for (const product of products) byCode.set(skuKey(product.sku), product);
  return { byId, byCode };
}
