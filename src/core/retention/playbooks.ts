// Playbooks: the shipped defaults (in code) overlaid by the team's edits saved under the same id,
// plus the team's own. Steps are checked on save (schema and schedule: no circles, known `after`,
// unique keys), and edits of a saved playbook are refused when someone else saved in between.
import { z } from 'zod';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import { CoreError } from '../../shared/errors';
import { stepProblems } from '../../shared/playbook-schedule';
import { playbookStepSchema, type Playbook, type PlaybookFields } from '../../shared/retention';
import { fieldMessage } from '../../shared/validation';
import type { CoreContext } from '../context';
import { rowChanges } from '../db/apply-changes';
import type { PlaybooksTable } from '../db/database';
import { newId } from '../db/ids';
import { requireLiveOwner } from '../references';
import { defaultPlaybook, defaultPlaybooks } from './default-playbooks';

const storedSteps = z.array(playbookStepSchema);

function stepsOf(stored: string): PlaybookFields['steps'] {
  try {
    const parsed = storedSteps.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

type StoredPlaybook = Pick<
  PlaybooksTable,
  'id' | 'name' | 'situation' | 'description' | 'steps' | 'revision'
>;

function fromRow(row: StoredPlaybook, builtIn: boolean): Playbook {
  return {
    id: row.id,
    name: row.name,
    situation: row.situation,
    description: row.description,
    steps: stepsOf(row.steps),
    builtIn,
    customized: builtIn,
    revision: row.revision,
  };
}

async function savedRows(ctx: CoreContext, ids?: string[]): Promise<StoredPlaybook[]> {
  let query = ctx.db
    .selectFrom('playbooks')
    .select(['id', 'name', 'situation', 'description', 'steps', 'revision'])
    .where('deletedAt', 'is', null);
  if (ids) query = query.where('id', 'in', ids);
  return query.execute();
}

export async function listPlaybooks(
  ctx: CoreContext,
  _input?: ParsedInput<'playbooks.list'>,
): Promise<ProcedureOutput<'playbooks.list'>> {
  const saved = new Map((await savedRows(ctx)).map((row) => [row.id, row]));
  const builtIn = defaultPlaybooks.map((playbook) => {
    const row = saved.get(playbook.id);
    if (row) return fromRow(row, true);
    return { ...playbook, builtIn: true, customized: false, revision: 0 };
  });
  const own = [...saved.values()]
    .filter((row) => !defaultPlaybook(row.id))
    .map((row) => fromRow(row, false))
    .sort((a, b) => a.name.localeCompare(b.name));
  return [...builtIn, ...own];
}

/** One playbook as it is used now (a default's saved edit wins over the default). */
export async function getPlaybook(ctx: CoreContext, id: string): Promise<Playbook> {
  const [row] = await savedRows(ctx, [id]);
  const shipped = defaultPlaybook(id);
  if (row) return fromRow(row, shipped !== undefined);
  if (shipped) return { ...shipped, builtIn: true, customized: false, revision: 0 };
  throw new CoreError({ code: 'NOT_FOUND', message: 'This playbook does not exist or was deleted.' });
}

/** Names of the given playbooks, for lists of cases (defaults are not rows until edited). */
export async function playbookNames(ctx: CoreContext, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const names = new Map<string, string>();
  for (const id of unique) {
    const shipped = defaultPlaybook(id);
    if (shipped) names.set(id, shipped.name);
  }
  if (unique.length) {
    const rows = await ctx.db
      .selectFrom('playbooks')
      .select(['id', 'name'])
      .where('id', 'in', unique)
      .execute();
    // A deleted playbook keeps its name on the cases it was run on.
    for (const row of rows) names.set(row.id, row.name);
  }
  return names;
}

export async function savePlaybook(
  ctx: CoreContext,
  input: ParsedInput<'playbooks.save'>,
): Promise<ProcedureOutput<'playbooks.save'>> {
  const fields = input.playbook;
  checkSchedule(fields);
  for (const [index, step] of fields.steps.entries()) {
    if (step.assigneeId) await requireLiveOwner(ctx, step.assigneeId, `playbook.steps.${index}.assigneeId`);
  }
  const stored = { ...fields, steps: fields.steps };
  if (input.id === null) {
    const id = newId();
    const { batchId } = await ctx.write({
      label: `Create playbook "${fields.name}"`,
      origin: 'local',
      changes: rowChanges('playbooks', id, { ...stored, revision: 0, deletedAt: null }),
    });
    return { id, batchId: batchId ?? '' };
  }

  const id = input.id;
  const existing = await ctx.db
    .selectFrom('playbooks')
    .select(['revision', 'deletedAt'])
    .where('id', '=', id)
    .executeTakeFirst();
  const shipped = defaultPlaybook(id);
  if (shipped && (!existing || existing.deletedAt !== null)) {
    // The first edit of a shipped playbook (or the first after a reset) saves it under its id.
    if (input.revision !== null && input.revision !== 0) throw resetMeanwhile(shipped.name);
    const { batchId } = await ctx.write({
      label: `Edit playbook "${fields.name}"`,
      origin: 'local',
      changes: rowChanges('playbooks', id, {
        ...stored,
        revision: existing ? existing.revision + 1 : 0,
        deletedAt: null,
      }),
    });
    return { id, batchId: batchId ?? '' };
  }
  if (!existing || existing.deletedAt !== null) {
    throw new CoreError({ code: 'NOT_FOUND', message: 'This playbook does not exist or was deleted.' });
  }
  const revision = input.revision ?? existing.revision;
  const { batchId } = await ctx.write({
    label: `Edit playbook "${fields.name}"`,
    origin: 'local',
    expectRevision: { table: 'playbooks', rowId: id, revision, what: `Playbook "${fields.name}"` },
    changes: rowChanges('playbooks', id, { ...stored, revision: revision + 1 }),
  });
  return { id, batchId: batchId ?? '' };
}

function resetMeanwhile(name: string): CoreError {
  return new CoreError({
    code: 'CONFLICT',
    message: `Playbook "${name}" was reset to its default by someone else since you opened it. Reload to see it, then make your change again.`,
  });
}

/** The schema checks this too; kept here so no caller inside the core can save a circle. */
function checkSchedule(fields: PlaybookFields): void {
  const problems = stepProblems(fields.steps);
  if (problems.length === 0) return;
  throw new CoreError({
    code: 'VALIDATION',
    message: 'The steps of this playbook do not form a schedule.',
    fields: Object.fromEntries(
      problems.map((problem) => [
        `playbook.steps.${problem.index}.${problem.field}`,
        fieldMessage(problem.key, problem.params),
      ]),
    ),
  });
}

export async function resetPlaybook(
  ctx: CoreContext,
  input: ParsedInput<'playbooks.reset'>,
): Promise<ProcedureOutput<'playbooks.reset'>> {
  const shipped = defaultPlaybook(input.id);
  if (!shipped) {
    throw new CoreError({
      code: 'VALIDATION',
      message: 'Only a playbook shipped with the app can be reset to its default.',
    });
  }
  const [row] = await savedRows(ctx, [input.id]);
  if (!row) {
    throw new CoreError({
      code: 'VALIDATION',
      message: `Playbook "${shipped.name}" is already the default.`,
    });
  }
  const { batchId } = await ctx.write({
    label: `Reset playbook "${shipped.name}" to default`,
    origin: 'local',
    changes: rowChanges('playbooks', input.id, {
      deletedAt: new Date().toISOString(),
      revision: row.revision + 1,
    }),
  });
  return { id: input.id, batchId: batchId ?? '' };
}

export async function deletePlaybook(
  ctx: CoreContext,
  input: ParsedInput<'playbooks.delete'>,
): Promise<ProcedureOutput<'playbooks.delete'>> {
  const shipped = defaultPlaybook(input.id);
  if (shipped) {
    throw new CoreError({
      code: 'FORBIDDEN',
      message: `"${shipped.name}" ships with the app and cannot be deleted. Reset it to its default instead.`,
    });
  }
  const [row] = await savedRows(ctx, [input.id]);
  if (!row)
    throw new CoreError({ code: 'NOT_FOUND', message: 'This playbook does not exist or was deleted.' });
  const { batchId } = await ctx.write({
    label: `Delete playbook "${row.name}"`,
    origin: 'local',
    changes: rowChanges('playbooks', input.id, {
      deletedAt: new Date().toISOString(),
      revision: row.revision + 1,
    }),
  });
  return { id: input.id, batchId: batchId ?? '' };
}
