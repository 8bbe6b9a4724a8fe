// How a log row stores its batches: a JSON array of [id, hlc, actor, label, origin, undoes,
// permanent, changes] with changes as [table, rowId, field, value] tuples, raw-deflated as one
// body. Tuples repeat no key names, and deflate folds the ids, stamps and table names the
// batches of one push and scope repeat. Most rows are small (one partner's part of a push), where
// deflate alone has little to fold, so it starts from a preset dictionary of the table and field
// names every body spells out; a leading version byte names the dictionary, so it can change.
import { constants, createInflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';
import { syncTables, type SyncBatch, type SyncChange, type SyncTable } from '../../shared/sync-protocol';

/** Column names of the synced tables, rarest first (deflate reaches the end of a dictionary cheapest). */
const dictionaryFields = [
  'activity',
  'actor',
  'address',
  'aliases',
  'allDay',
  'amount',
  'answeredOn',
  'approvedMinor',
  'at',
  'attendeeContactIds',
  'attendeeOwnerIds',
  'birthday',
  'birthdayLunar',
  'body',
  'budgetMinor',
  'caseId',
  'category',
  'cause',
  'changedOn',
  'channel',
  'city',
  'claimId',
  'closedAt',
  'comment',
  'compensationCurrency',
  'compensationMinor',
  'computedOn',
  'computedTier',
  'correctsEntryId',
  'country',
  'createdCount',
  'date',
  'day',
  'decidedBy',
  'detractors',
  'dueAt',
  'earnedPoints',
  'effectiveFrom',
  'eligibility',
  'end',
  'endsOn',
  'enrolledOn',
  'episodeCaseId',
  'events',
  'exceptions',
  'explanation',
  'factors',
  'familyNotes',
  'field',
  'fileHash',
  'fileName',
  'fromName',
  'fromStatus',
  'fromTier',
  'id',
  'inputsHash',
  'interests',
  'invoiceDate',
  'invoiceKey',
  'invoiceNumber',
  'issues',
  'itemKey',
  'key',
  'label',
  'lastVisitStart',
  'lead',
  'leadPartnerId',
  'leadRegion',
  'leftOn',
  'legalName',
  'lessonsLearned',
  'lineCount',
  'lines',
  'madeBy',
  'moneyMinor',
  'nps',
  'openedAt',
  'openedOn',
  'origin',
  'outcomeOn',
  'ownerName',
  'partnerIds',
  'partners',
  'partnershipStart',
  'passives',
  'permanent',
  'plannedOn',
  'pointValueMinor',
  'pointsCost',
  'pointsExpiryMonths',
  'postedOn',
  'preferredLanguage',
  'promoters',
  'proofNote',
  'purpose',
  'quantity',
  'records',
  'redemptionId',
  'reimbursedMinor',
  'reimbursedOn',
  'reporterId',
  'resolution',
  'resolveDays',
  'resolvedAt',
  'reversesId',
  'rewardId',
  'riskReasons',
  'riskSince',
  'role',
  'rootCause',
  'rowCount',
  'rowId',
  'rrule',
  'ruleKey',
  'ruleVersion',
  'rules',
  'satisfaction',
  'satisfactionCount',
  'satisfactionSum',
  'sentOn',
  'sentiment',
  'severity',
  'sku',
  'slaStartedAt',
  'source',
  'start',
  'startsOn',
  'statusSince',
  'stepKey',
  'steps',
  'stock',
  'suggestedPlaybookId',
  'tag',
  'tags',
  'teammateIds',
  'tierSince',
  'tiers',
  'toName',
  'toStatus',
  'toTier',
  'totalMinor',
  'type',
  'unchangedCount',
  'unit',
  'updatedCount',
  'version',
  'visitCadenceDays',
  'visitNoteId',
  'website',
  'whatsapp',
  'active',
  'actorId',
  'amountMinor',
  'contactId',
  'contactIds',
  'decisionReason',
  'dueDate',
  'expiresOn',
  'language',
  'occasion',
  'orders',
  'outcome',
  'outcomeNote',
  'phone',
  'playbookId',
  'points',
  'revenueMinor',
  'riskLevel',
  'score',
  'situation',
  'text',
  'timeZone',
  'value',
  'careEventId',
  'decidedOn',
  'disputeId',
  'email',
  'importId',
  'reason',
  'tier',
  'title',
  'units',
  'attachments',
  'notes',
  'currency',
  'note',
  'period',
  'description',
  'name',
  'region',
  'kind',
  'programId',
  'revision',
  'status',
  'ownerId',
  'partnerId',
];

const codecVersion = 1;
// Frozen: bodies stored with version 1 are read with exactly this text. Change it only together
// with a new version number (and keep the old one for reading).
const dictionary = Buffer.from(
  [
    ...dictionaryFields.map((field) => `"${field}":`),
    ...syncTables.map((table) => `[["${table}","`),
    '"local",null,0,[',
    '"system",null,1,[',
    '"deletedAt":null,',
    '"*",{"',
  ].join(''),
);

type ChangeTuple = [SyncTable, string, string, unknown];
type BatchTuple = [string, string, string, string, SyncBatch['origin'], string | null, 0 | 1, ChangeTuple[]];

/** A batch as a log row holds it: `actor` '' stands for the author's own owner id. */
export type StoredBatch = SyncBatch;

export function encodeBatches(batches: readonly StoredBatch[]): Buffer {
  const tuples: BatchTuple[] = batches.map((batch) => [
    batch.id,
    batch.hlc,
    batch.actor,
    batch.label,
    batch.origin,
    batch.undoes,
    batch.permanent ? 1 : 0,
    batch.changes.map((change) => [change.table, change.rowId, change.field, change.value ?? null]),
  ]);
  const deflated = deflateRawSync(JSON.stringify(tuples), { dictionary, level: 9 });
  return Buffer.concat([Buffer.from([codecVersion]), deflated]);
}

/** The parts of Node's zlib stream that inflate one whole body synchronously, without a stream. */
interface ZlibHandle {
  writeSync(
    flush: number,
    input: Uint8Array,
    inputOffset: number,
    inputLength: number,
    output: Uint8Array,
    outputOffset: number,
    outputLength: number,
  ): void;
  reset(): void;
  onerror: (message: string) => void;
}

/**
 * One inflater, reset between bodies. A pull page inflates about a thousand small bodies, and
 * inflateRawSync builds a whole stream (and sets the dictionary) for each, ~5 times the work of
 * inflating a small body. The reuse goes through the stream's handle, which Node does not
 * document, so anything unexpected (another Node, an error, a body larger than the scratch
 * buffer) takes inflateRawSync instead, which also reports a broken body.
 */
class ReusedInflater {
  private readonly handle: ZlibHandle | null;
  private readonly state: Uint32Array | null;
  private scratch = Buffer.allocUnsafe(1024 * 1024);
  private failed = false;

  constructor() {
    const stream = createInflateRaw({ dictionary }) as unknown as {
      _handle?: Partial<ZlibHandle>;
      _writeState?: unknown;
    };
    const handle = stream._handle;
    const state = stream._writeState;
    const usable =
      typeof handle?.writeSync === 'function' &&
      typeof handle.reset === 'function' &&
      state instanceof Uint32Array &&
      state.length >= 2;
    this.handle = usable ? (handle as ZlibHandle) : null;
    this.state = usable ? state : null;
    if (this.handle) {
      this.handle.onerror = () => {
        this.failed = true;
      };
    }
  }

  /** The inflated text, in a buffer that the next call overwrites. */
  inflate(deflated: Uint8Array): Buffer {
    const handle = this.handle;
    const state = this.state;
    if (handle && state) {
      this.failed = false;
      handle.reset();
      const output = this.scratch;
      handle.writeSync(constants.Z_FINISH, deflated, 0, deflated.length, output, 0, output.length);
      const outputLeft = state[0]!;
      const inputLeft = state[1]!;
      if (!this.failed && inputLeft === 0 && outputLeft > 0) {
        return output.subarray(0, output.length - outputLeft);
      }
      this.failed = false;
      handle.reset();
    }
    const inflated = inflateRawSync(deflated, { dictionary });
    if (inflated.length >= this.scratch.length && inflated.length <= 64 * 1024 * 1024) {
      this.scratch = Buffer.allocUnsafe(inflated.length * 2);
    }
    return inflated;
  }
}

let inflater: ReusedInflater | null = null;

/**
 * A stored body's JSON text (UTF-8) of batch tuples. The buffer is valid until the next call:
 * read it before inflating another body.
 */
export function inflateBody(stored: Uint8Array): Buffer {
  if (stored[0] !== codecVersion) throw new Error(`Unknown log body version ${stored[0]}`);
  inflater ??= new ReusedInflater();
  return inflater.inflate(stored.subarray(1));
}

export function decodeBatches(stored: Uint8Array): StoredBatch[] {
  const tuples = JSON.parse(inflateBody(stored).toString('utf8')) as BatchTuple[];
  return tuples.map(([id, hlc, actor, label, origin, undoes, permanent, changes]) => ({
    id,
    hlc,
    actor,
    label,
    origin,
    undoes,
    permanent: permanent === 1,
    changes: changes.map(([table, rowId, field, value]): SyncChange => ({ table, rowId, field, value })),
  }));
}
