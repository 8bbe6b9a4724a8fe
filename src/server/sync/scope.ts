// Which partner a synced row belongs to, the basis of row-level filtering. A partner is its own
// scope; a child row (contact, visit note, claim…) belongs to the partner named when it was
// created, or to its parent row's partner; workspace-wide rows (programs, settings…) have scope ''.
// Pure: the push resolves what these functions cannot know (an existing row's scope) from the
// database.
import { syncTableScopes, type SyncChange, type SyncTable } from '../../shared/sync-protocol';

/** The scope of workspace-wide rows. */
export const workspaceScope = '';

/** What a row's creation says about its scope: known now, or the same as a parent row's. */
export type CreationScope = { scope: string } | { parentRowId: string };

/** True for tables whose rows' scopes the server must remember (learned from the creation). */
export function tracksRowScope(table: SyncTable): boolean {
  const kind = syncTableScopes[table].kind;
  return kind === 'field' || kind === 'first' || kind === 'parent';
}

/** The field whose value names the row's partner (or parent), if the table has one. */
export function scopeField(table: SyncTable): string | null {
  const rule = syncTableScopes[table];
  return 'field' in rule ? rule.field : null;
}

export function isFieldsObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const nonEmptyString = (value: unknown): string | null =>
  typeof value === 'string' && value.length > 0 ? value : null;

/** The scope a row gets from its creation's fields (a row naming no partner is workspace-wide). */
export function scopeOfCreation(
  table: SyncTable,
  rowId: string,
  fields: Record<string, unknown>,
): CreationScope {
  const rule = syncTableScopes[table];
  switch (rule.kind) {
    case 'workspace':
      return { scope: workspaceScope };
    case 'self':
      return { scope: rowId };
    case 'field':
      return { scope: nonEmptyString(fields[rule.field]) ?? workspaceScope };
    case 'first': {
      const list = fields[rule.field];
      return { scope: (Array.isArray(list) ? nonEmptyString(list[0]) : null) ?? workspaceScope };
    }
    case 'parent': {
      const parent = nonEmptyString(fields[rule.field]);
      return parent ? { parentRowId: parent } : { scope: workspaceScope };
    }
  }
}

/**
 * The scope of a change whose row's scope does not depend on the database: workspace-wide tables
 * and partners themselves. Null when the row's own creation (or the server's memory) decides.
 */
export function fixedScope(change: Pick<SyncChange, 'table' | 'rowId'>): string | null {
  const kind = syncTableScopes[change.table].kind;
  if (kind === 'workspace') return workspaceScope;
  if (kind === 'self') return change.rowId;
  return null;
}

/** The partner a partner-scoped edit points its row to (an edit of partnerId), if it names one. */
export function pointedPartner(change: SyncChange): string | null {
  const rule = syncTableScopes[change.table];
  if (rule.kind !== 'field' || change.field !== rule.field) return null;
  return nonEmptyString(change.value);
}
