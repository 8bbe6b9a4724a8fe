// The product catalog: SKUs, categories and the aliases partners write on invoices.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';

export async function listProducts(
  ctx: CoreContext,
  input: ParsedInput<'products.list'>,
): Promise<ProcedureOutput<'products.list'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'products.list is not built yet.' });
}

export async function createProduct(
  ctx: CoreContext,
  input: ParsedInput<'products.create'>,
): Promise<ProcedureOutput<'products.create'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'products.create is not built yet.' });
}

export async function updateProduct(
  ctx: CoreContext,
  input: ParsedInput<'products.update'>,
): Promise<ProcedureOutput<'products.update'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'products.update is not built yet.' });
}

export async function deleteProduct(
  ctx: CoreContext,
  input: ParsedInput<'products.delete'>,
): Promise<ProcedureOutput<'products.delete'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'products.delete is not built yet.' });
}
