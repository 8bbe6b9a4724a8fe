// The product catalog: SKUs, categories and the aliases partners write on invoices. A code (SKU or
// alias) names one live product only, so "SKU known or mapped" on a claim line is one lookup; a
// product the rules of a program name cannot be deleted out from under them.
import { sql } from 'kysely';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import { CoreError, type FieldMessage } from '../../shared/errors';
import { skuKey, type Product } from '../../shared/products';
import { englishMessage, fieldMessage } from '../../shared/validation';
import type { CoreContext } from '../context';
import { rowChanges } from '../db/apply-changes';
import { newId } from '../db/ids';
import { loadCatalog } from './catalog';

interface ProductRow {
  id: string;
  sku: string;
  name: string;
  category: string;
  aliases: string;
  active: number;
  updatedAt: string;
}

function toProduct(row: ProductRow): Product {
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    category: row.category,
    aliases: JSON.parse(row.aliases) as string[],
    active: row.active === 1,
    updatedAt: row.updatedAt,
  };
}

/** `%` and `_` typed by the user match themselves. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function listProducts(
  ctx: CoreContext,
  input: ParsedInput<'products.list'>,
): Promise<ProcedureOutput<'products.list'>> {
  let query = ctx.db.selectFrom('products').where('deletedAt', 'is', null);
  if (!input.includeInactive) query = query.where('active', '=', 1);
  if (input.category !== null) query = query.where('category', '=', input.category);
  if (input.search !== '') {
    const pattern = likePattern(input.search);
    query = query.where((eb) =>
      eb.or([
        sql<boolean>`sku like ${pattern} escape '\\'`,
        sql<boolean>`name like ${pattern} escape '\\'`,
        sql<boolean>`aliases like ${pattern} escape '\\'`,
      ]),
    );
  }
  const [rows, count, categories] = await Promise.all([
    query
      .select(['id', 'sku', 'name', 'category', 'aliases', 'active', 'updatedAt'])
      .orderBy(sql`sku collate nocase`)
      .orderBy('id')
      .offset(input.offset)
      .limit(input.limit)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    ctx.db
      .selectFrom('products')
      .select('category')
      .distinct()
      .where('deletedAt', 'is', null)
      .where('category', '!=', '')
      .orderBy(sql`category collate nocase`)
      .execute(),
  ]);
  return {
    rows: rows.map(toProduct),
    total: Number(count.total),
    categories: categories.map((row) => row.category),
  };
}

type ProductFields = ParsedInput<'products.create'>;

/** Aliases as typed, without repeats and without the product's own SKU. */
function cleanAliases(fields: ProductFields): string[] {
  const seen = new Set([skuKey(fields.sku)]);
  const aliases: string[] = [];
  for (const alias of fields.aliases) {
    const key = skuKey(alias);
    if (seen.has(key)) continue;
    seen.add(key);
    aliases.push(alias.trim());
  }
  return aliases;
}

/** Each code of this product must not be another live product's SKU or alias. */
async function checkCodes(ctx: CoreContext, fields: ProductFields, selfId: string | null): Promise<void> {
  const catalog = await loadCatalog(ctx.db);
  const errors: Record<string, FieldMessage> = {};
  const owner = (code: string) => {
    const product = catalog.byCode.get(skuKey(code));
    return product && product.id !== selfId ? product : null;
  };
  const skuOwner = owner(fields.sku);
  if (skuOwner) {
    errors.sku = fieldMessage('validation.skuDuplicate', {
      sku: fields.sku,
      product: productLabel(skuOwner),
    });
  }
  fields.aliases.forEach((alias, index) => {
    const aliasOwner = owner(alias);
    if (aliasOwner && !errors[`aliases.${index}`]) {
      errors[`aliases.${index}`] = fieldMessage('validation.skuDuplicate', {
        sku: alias,
        product: productLabel(aliasOwner),
      });
    }
  });
  const aliasErrors = Object.entries(errors).filter(([field]) => field.startsWith('aliases.'));
  // The tags input shows one message for the whole list: name the first taken alias there too.
  if (aliasErrors[0]) errors.aliases = aliasErrors[0][1];
  if (Object.keys(errors).length > 0) {
    const first = Object.values(errors)[0]!;
    throw new CoreError({ code: 'VALIDATION', message: first.message, fields: errors });
  }
}

function productLabel(product: { sku: string; name: string }): string {
  return `${product.name} (${product.sku})`;
}

export async function createProduct(
  ctx: CoreContext,
  input: ParsedInput<'products.create'>,
): Promise<ProcedureOutput<'products.create'>> {
  await checkCodes(ctx, input, null);
  const id = newId();
  const { batchId } = await ctx.write({
    label: `Add product ${input.sku}`,
    origin: 'local',
    changes: rowChanges('products', id, {
      sku: input.sku,
      name: input.name,
      category: input.category,
      aliases: cleanAliases(input),
      active: input.active ? 1 : 0,
      deletedAt: null,
    }),
  });
  return { id, batchId: batchId ?? '' };
}

async function liveProduct(ctx: CoreContext, id: string): Promise<ProductRow> {
  const row = await ctx.db
    .selectFrom('products')
    .select(['id', 'sku', 'name', 'category', 'aliases', 'active', 'updatedAt'])
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!row)
    throw new CoreError({ code: 'NOT_FOUND', message: 'This product does not exist or was deleted.' });
  return row;
}

export async function updateProduct(
  ctx: CoreContext,
  input: ParsedInput<'products.update'>,
): Promise<ProcedureOutput<'products.update'>> {
  await liveProduct(ctx, input.id);
  await checkCodes(ctx, input, input.id);
  const { batchId } = await ctx.write({
    label: `Edit product ${input.sku}`,
    origin: 'local',
    changes: rowChanges('products', input.id, {
      sku: input.sku,
      name: input.name,
      category: input.category,
      aliases: cleanAliases(input),
      active: input.active ? 1 : 0,
    }),
  });
  return { id: input.id, batchId: batchId ?? '' };
}

export async function deleteProduct(
  ctx: CoreContext,
  input: ParsedInput<'products.delete'>,
): Promise<ProcedureOutput<'products.delete'>> {
  const product = await liveProduct(ctx, input.id);
  const program = await programNamingProduct(ctx, input.id);
  if (program) {
    throw new CoreError({
      code: 'CONFLICT',
      message: englishMessage('validation.productInRules', { program }),
      fields: { id: fieldMessage('validation.productInRules', { program }) },
    });
  }
  const { batchId } = await ctx.write({
    label: `Delete product ${product.sku}`,
    origin: 'local',
    changes: [{ table: 'products', rowId: input.id, field: 'deletedAt', value: new Date().toISOString() }],
  });
  return { id: input.id, batchId: batchId ?? '' };
}

/** The name of a live program whose rules (any version) filter on this product, if any. */
async function programNamingProduct(ctx: CoreContext, productId: string): Promise<string | null> {
  const candidates = await ctx.db
    .selectFrom('programRuleVersions as v')
    .innerJoin('programs as p', 'p.id', 'v.programId')
    .select(['p.name', 'v.rules'])
    .where('v.deletedAt', 'is', null)
    .where('p.deletedAt', 'is', null)
    .where('v.rules', 'like', `%${productId}%`)
    .orderBy('p.name')
    .execute();
  for (const candidate of candidates) {
    const rules = JSON.parse(candidate.rules) as { filter?: { productIds?: string[] } }[];
    if (rules.some((rule) => rule.filter?.productIds?.includes(productId))) return candidate.name;
  }
  return null;
}
