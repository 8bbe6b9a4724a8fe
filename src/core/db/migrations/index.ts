// The ordered list of migrations, imported statically so they survive bundling and a strict CSP.
// Append only: version N is the N-th entry, and a shipped migration is never edited.
import type { Kysely } from 'kysely';
import * as foundation from './0001-foundation';
import * as care from './0002-care';
import * as careNotesGreetings from './0003-care-notes-greetings';
import * as disputesRetention from './0004-disputes-retention';
import * as loyalty from './0005-loyalty';
import * as incentives from './0006-incentives';
import * as sync from './0007-sync';
import * as search from './0008-search';
import * as dataImport from './0009-import';

export interface Migration {
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

export const migrations: readonly Migration[] = [
  { name: '0001-foundation', up: foundation.up },
  { name: '0002-care', up: care.up },
  { name: '0003-care-notes-greetings', up: careNotesGreetings.up },
  { name: '0004-disputes-retention', up: disputesRetention.up },
  { name: '0005-loyalty', up: loyalty.up },
  { name: '0006-incentives', up: incentives.up },
  { name: '0007-sync', up: sync.up },
  { name: '0008-search', up: search.up },
  { name: '0009-import', up: dataImport.up },
];
