// Visit notes: list, read, write (with commitments and follow-ups in the same batch), delete.
// (Being built: each function answers INTERNAL until its implementation lands.)
import { CoreError } from '../../shared/errors';
import type { CoreContext } from '../context';

function notBuiltYet(name: string): never {
  throw new CoreError({ code: 'INTERNAL', message: `${name} is not built yet.` });
}

export async function listPartnerVisitNotes(_ctx: CoreContext, _input: unknown): Promise<never> {
  return Promise.resolve(notBuiltYet('listPartnerVisitNotes'));
}

export async function getVisitNote(_ctx: CoreContext, _input: unknown): Promise<never> {
  return Promise.resolve(notBuiltYet('getVisitNote'));
}

export async function createVisitNote(_ctx: CoreContext, _input: unknown): Promise<never> {
  return Promise.resolve(notBuiltYet('createVisitNote'));
}

export async function updateVisitNote(_ctx: CoreContext, _input: unknown): Promise<never> {
  return Promise.resolve(notBuiltYet('updateVisitNote'));
}

export async function deleteVisitNote(_ctx: CoreContext, _input: unknown): Promise<never> {
  return Promise.resolve(notBuiltYet('deleteVisitNote'));
}
