// The Kysely Database interface: the single source of truth for the schema in TypeScript.
// Identifiers are camelCase here and snake_case in SQLite (CamelCasePlugin translates).
import type { ColumnType, Generated } from 'kysely';
import type { CareEventKind, CareEventStatus, CareStatus, CommitmentStatus } from '../../shared/care';
import type { GreetingChannel } from '../../shared/greetings';
import type { ContactLanguage } from '../../shared/countries';
import type { PartnerStatus, PartnerType } from '../../shared/partners';
import type { DataImportKind } from '../../shared/data-import';
import type { RiskLevel, TierChangeCause } from '../../shared/loyalty';
import type { AwardUnit, ProgramKind, ProgramStatus } from '../../shared/programs';
import type { ClaimStatus, LedgerEntryKind } from '../../shared/claims';
import type { RedemptionStatus, RewardKind } from '../../shared/rewards';
import type { FundRequestStatus } from '../../shared/funds';
import type {
  DisputeEntryKind,
  DisputeKind,
  DisputeRootCause,
  DisputeSeverity,
  DisputeStatus,
} from '../../shared/disputes';
import type {
  RetentionActionKind,
  RetentionActionStatus,
  RetentionOutcome,
  RetentionSituation,
  RetentionSource,
} from '../../shared/retention';

/** Columns every synced entity has. Timestamps are UTC ISO instants. */
interface EntityColumns {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface OwnersTable extends EntityColumns {
  name: string;
  email: string;
  region: string;
}

export interface PartnersTable extends EntityColumns, CareStatusColumns {
  name: string;
  legalName: string;
  type: PartnerType;
  status: PartnerStatus;
  region: string;
  country: string;
  city: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  ownerId: string | null;
  partnershipStart: string | null;
  /** JSON array of strings; partner_tags is derived from it by triggers for filtering. */
  tags: string;
  notes: string;
  /** Derived by triggers from owners, for sorting; never written by the app. */
  ownerName: ColumnType<string | null, never, never>;
  /** Days between visits; null means the default for the partner's type. */
  visitCadenceDays: number | null;
  /** The partner's id in another system (ERP, distributor list), for imports; '' when unknown. */
  externalId: ColumnType<string, string | undefined, string>;
  /** Day the status last changed (kept by triggers; the retention rate reads churn days). */
  statusSince: ColumnType<string | null, never, never>;
  /** Start of the latest live visit not skipped (kept by triggers; visits due read it). */
  lastVisitStart: ColumnType<string | null, never, never>;
}

export interface ContactsTable extends EntityColumns, CareStatusColumns {
  partnerId: string;
  name: string;
  role: string;
  phone: string;
  email: string;
  whatsapp: string;
  /** YYYY-MM-DD, or --MM-DD when the year is unknown, or ''. */
  birthday: string;
  preferredLanguage: ContactLanguage;
  familyNotes: string;
  interests: string;
  /** 1 when the birthday is celebrated by the Chinese lunar calendar. */
  birthdayLunar: number;
  /** Derived from the partner by triggers (never written by the app, never synced). */
  ownerId: ColumnType<string | null, never, never>;
}

export interface CareEventsTable extends EntityColumns {
  partnerId: string;
  kind: CareEventKind;
  title: string;
  ownerId: string | null;
  /** JSON array of contact ids. */
  contactIds: string;
  /** 1 for all-day events (start/end are YYYY-MM-DD), 0 for timed ones (ISO instants). */
  allDay: number;
  start: string;
  end: string | null;
  timeZone: string;
  rrule: string | null;
  /** JSON array of moved or skipped occurrences of a recurring event. */
  exceptions: string;
  status: CareEventStatus;
  outcomeNote: string;
  description: string;
  /** The visit note that set this follow-up task, if any. */
  visitNoteId: ColumnType<string | null, string | null | undefined, string | null | undefined>;
}

export interface CommitmentsTable extends EntityColumns {
  partnerId: string;
  description: string;
  madeBy: 'us' | 'partner';
  ownerId: string | null;
  dueDate: string;
  status: CommitmentStatus;
  note: string;
  careEventId: string | null;
}

/** Care etiquette: festive greetings are held back while a partner or contact mourns or struggles. */
interface CareStatusColumns {
  careStatus: CareStatus | null;
  careStatusUntil: string | null;
  careStatusNote: string;
}

export interface VisitNotesTable extends EntityColumns {
  partnerId: string;
  /** The visit (a care event of kind 'visit') the note is about. */
  careEventId: string | null;
  date: string;
  /** JSON arrays of contact and owner ids. */
  attendeeContactIds: string;
  attendeeOwnerIds: string;
  purpose: string;
  notes: string;
  sentiment: number | null;
  /** JSON array of issue texts. */
  issues: string;
  /** JSON array of attachment references (content hash, file name, media type, size). */
  attachments: string;
}

/** A greeting that was sent (or copied): the log behind "greeted" marks and the timeline. */
export interface GreetingsTable extends EntityColumns {
  partnerId: string;
  contactId: string | null;
  occasion: string;
  /** The calendar item greeted (its stable key), so the calendar and agenda can show it as done. */
  itemKey: string;
  channel: GreetingChannel;
  language: string;
  text: string;
  sentOn: string;
  careEventId: string | null;
}

export interface GreetingTemplatesTable extends EntityColumns {
  occasion: string;
  language: string;
  body: string;
}

/** Workspace settings shared by the team: id is the setting's name, value its JSON. */
export interface SettingsTable extends EntityColumns {
  value: string;
}

/** A dispute ("case"). `revision` counts saves, so a stale edit is refused instead of overwriting. */
export interface DisputesTable extends EntityColumns {
  kind: DisputeKind;
  title: string;
  description: string;
  /** JSON arrays of ids; the first partner is the lead (its region and country count). */
  partnerIds: string;
  contactIds: string;
  teammateIds: string;
  reporterId: string | null;
  ownerId: string | null;
  severity: DisputeSeverity;
  status: DisputeStatus;
  rootCause: DisputeRootCause | null;
  compensationMinor: number | null;
  compensationCurrency: string | null;
  resolution: string;
  lessonsLearned: string;
  openedAt: string;
  /** When the SLA clock started: the opening or the last reopening. */
  slaStartedAt: string;
  dueAt: string;
  /** The last resolution (cleared on reopening). */
  resolvedAt: string | null;
  closedAt: string | null;
  timeZone: string;
  revision: number;
  /** Derived by triggers from partner_ids and the lead partner (never written, never synced). */
  leadPartnerId: ColumnType<string | null, never, never>;
  /** The lead partner's region; null once that partner is deleted. */
  leadRegion: ColumnType<string | null, never, never>;
  /** Generated by SQLite: days from opening to resolution (null while unresolved). */
  resolveDays: ColumnType<number | null, never, never>;
}

/** Parties of a case, derived from disputes.partner_ids by triggers (never written, never synced). */
export interface DisputePartnersTable {
  disputeId: string;
  partnerId: string;
  lead: number;
}

/** One step on a case's timeline. Append-only: the database refuses updates and deletes. */
export interface DisputeEntriesTable extends EntityColumns {
  disputeId: string;
  kind: DisputeEntryKind;
  /** When it happened (may be earlier than createdAt, when it was logged). */
  at: string;
  actorId: string | null;
  text: string;
  fromStatus: DisputeStatus | null;
  toStatus: DisputeStatus | null;
  /** JSON array of attachment references. */
  attachments: string;
  correctsEntryId: string | null;
}

export interface RetentionCasesTable extends EntityColumns {
  partnerId: string;
  situation: RetentionSituation;
  reason: string;
  source: RetentionSource;
  disputeId: string | null;
  ownerId: string | null;
  openedOn: string;
  outcome: RetentionOutcome;
  outcomeOn: string | null;
  outcomeNote: string;
  /** The last playbook run on the case. */
  playbookId: string | null;
  /** The playbook matching the reasons the loyalty score raised the case for (source 'loyalty'). */
  suggestedPlaybookId: string | null;
  revision: number;
}

export interface RetentionActionsTable extends EntityColumns {
  caseId: string;
  partnerId: string;
  kind: RetentionActionKind;
  title: string;
  ownerId: string | null;
  dueDate: string;
  status: RetentionActionStatus;
  notes: string;
  outcome: string;
  playbookId: string | null;
  /** The playbook step it was created from. */
  stepKey: string | null;
  revision: number;
}

/** Playbooks the team saved: its own, and edited copies of the shipped defaults (same id). */
export interface PlaybooksTable extends EntityColumns {
  name: string;
  situation: RetentionSituation;
  description: string;
  /** JSON array of playbook steps. */
  steps: string;
  revision: number;
}

/** A partner's sales in one month (`period` YYYY-MM); the id is derived from partner and month. */
export interface SalesRecordsTable extends EntityColumns {
  partnerId: string;
  period: string;
  revenueMinor: number;
  currency: string;
  units: number;
  orders: number;
  note: string;
  importId: string | null;
}

/** One survey answer of a partner's contact: NPS 0-10 and/or satisfaction 1-5. */
export interface SurveyResponsesTable extends EntityColumns {
  partnerId: string;
  contactId: string | null;
  answeredOn: string;
  nps: number | null;
  satisfaction: number | null;
  comment: string;
  importId: string | null;
}

/** A committed import of a file (sales or surveys), recognised again by its content hash. */
export interface DataImportsTable extends EntityColumns {
  kind: DataImportKind;
  fileName: string;
  fileHash: string;
  rowCount: number;
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
}

/** One step of a partner's tier history (tier keys, with the names they had at the time). */
export interface TierChangesTable extends EntityColumns {
  partnerId: string;
  changedOn: string;
  fromTier: string | null;
  toTier: string;
  fromName: string | null;
  toName: string;
  score: number | null;
  cause: TierChangeCause;
}

/** A manual tier with its reason and expiry; one per partner (derived id), ended by deleting. */
export interface TierOverridesTable extends EntityColumns {
  partnerId: string;
  tier: string;
  reason: string;
  expiresOn: string;
  revision: number;
}

/** Derived (never synced): each partner's latest score, tier, risk and their explanation. */
export interface PartnerScoresTable {
  partnerId: string;
  score: number;
  computedTier: string;
  /** The tier in effect: an active override's, else the computed one. */
  tier: string;
  tierSince: string | null;
  riskLevel: RiskLevel;
  /** JSON array of RiskReason. */
  riskReasons: string;
  /** JSON of the inputs the score was computed from; `loyalty.partner` rebuilds the explanation. */
  factors: string;
  riskSince: string | null;
  episodeCaseId: string | null;
  region: string;
  ownerId: string | null;
  status: PartnerStatus;
  /** The day the row last changed (a daily run leaves unchanged rows alone). */
  computedOn: string;
  /** Hash of everything the score was computed from: an unchanged hash skips the write. */
  inputsHash: string;
}

/** Derived: partners per day, region, owner ('' for none), tier and risk level (trends). */
export interface LoyaltySnapshotsTable {
  day: string;
  region: string;
  ownerId: string;
  tier: string;
  riskLevel: RiskLevel;
  partners: number;
}

/** Derived by triggers: sales per month, region, owner ('' for none) and currency. */
export interface SalesMonthlyTable {
  period: string;
  region: string;
  ownerId: string;
  currency: string;
  revenueMinor: number;
  units: number;
  orders: number;
  records: number;
}

/** Derived by triggers: care events held (done, not recurring) per month, region, owner and kind. */
export interface EngagementMonthlyTable {
  period: string;
  region: string;
  ownerId: string;
  kind: 'visit' | 'meeting' | 'training';
  events: number;
}

/** Derived by triggers: survey answers per month, region and owner ('' for none). */
export interface SurveyMonthlyTable {
  period: string;
  region: string;
  ownerId: string;
  promoters: number;
  passives: number;
  detractors: number;
  satisfactionSum: number;
  satisfactionCount: number;
}

/** A product of the catalog: its SKU, category and the other codes partners write for it. */
export interface ProductsTable extends EntityColumns {
  sku: string;
  name: string;
  category: string;
  /** JSON array of alias codes. */
  aliases: string;
  active: number;
}

export interface ProgramsTable extends EntityColumns {
  name: string;
  kind: ProgramKind;
  description: string;
  startsOn: string;
  endsOn: string;
  /** JSON Eligibility. */
  eligibility: string;
  budgetMinor: number;
  currency: string;
  pointValueMinor: number;
  pointsExpiryMonths: number | null;
  status: ProgramStatus;
  revision: number;
}

/** A version of a program's rules (JSON Rule[]) and the first invoice day it applies to. */
export interface ProgramRuleVersionsTable extends EntityColumns {
  programId: string;
  version: number;
  effectiveFrom: string;
  rules: string;
}

/** A partner's enrolment in a program (id derived from both); leaving sets `leftOn`. */
export interface ProgramEnrollmentsTable extends EntityColumns {
  programId: string;
  partnerId: string;
  enrolledOn: string;
  leftOn: string | null;
}

/** A sales claim; `lines` is JSON of {sku, productId, quantity, amountMinor, serialNumbers}. */
export interface ClaimsTable extends EntityColumns {
  programId: string;
  partnerId: string;
  invoiceNumber: string;
  /** The invoice number normalised (upper case, no spaces) for duplicate checks. */
  invoiceKey: string;
  invoiceDate: string;
  lines: string;
  lineCount: number;
  totalMinor: number;
  units: number;
  currency: string;
  /** JSON AttachmentRef[]. */
  attachments: string;
  note: string;
  status: ClaimStatus;
  decisionReason: string;
  decidedOn: string | null;
  decidedBy: string | null;
  importId: string | null;
  revision: number;
}

/** An append-only ledger entry: a signed amount of points or minor units. */
export interface LedgerEntriesTable extends EntityColumns {
  programId: string;
  partnerId: string;
  kind: LedgerEntryKind;
  unit: AwardUnit;
  amount: number;
  postedOn: string;
  expiresOn: string | null;
  claimId: string | null;
  redemptionId: string | null;
  reversesId: string | null;
  ruleKey: string | null;
  ruleVersion: number | null;
  period: string | null;
  /** JSON AwardExplanation, for awards. */
  explanation: string | null;
  reason: string;
  actorId: string | null;
}

/** Derived by a trigger on the ledger: per program and partner, for ranking (never synced). */
export interface LedgerPartnerTotalsTable {
  programId: string;
  partnerId: string;
  points: number;
  earnedPoints: number;
  moneyMinor: number;
}

export interface RewardsTable extends EntityColumns {
  programId: string;
  name: string;
  kind: RewardKind;
  description: string;
  pointsCost: number;
  stock: number | null;
  /** JSON array of tier keys; empty: every tier. */
  tiers: string;
  active: number;
  revision: number;
}

export interface RedemptionsTable extends EntityColumns {
  programId: string;
  partnerId: string;
  rewardId: string;
  quantity: number;
  points: number;
  status: RedemptionStatus;
  notes: string;
  decidedOn: string | null;
  revision: number;
}

/** A partner's fund budget in a program (id derived from both). */
export interface FundAllocationsTable extends EntityColumns {
  programId: string;
  partnerId: string;
  amountMinor: number;
  note: string;
}

export interface FundRequestsTable extends EntityColumns {
  programId: string;
  partnerId: string;
  activity: string;
  plannedOn: string;
  amountMinor: number;
  approvedMinor: number | null;
  reimbursedMinor: number | null;
  currency: string;
  status: FundRequestStatus;
  note: string;
  decisionReason: string;
  /** JSON AttachmentRef[]: proof of performance. */
  attachments: string;
  proofNote: string;
  decidedOn: string | null;
  reimbursedOn: string | null;
  revision: number;
}

export interface PartnerTagsTable {
  partnerId: string;
  tag: string;
}

/** One field-level change; `field` is '*' for the creation of a row (newValue holds all fields). */
export interface ChangeLogTable {
  seq: Generated<number>;
  hlc: string;
  batchId: string;
  tbl: string;
  rowId: string;
  field: string;
  /** JSON-encoded values. */
  oldValue: string | null;
  newValue: string | null;
  /** 1 for a synced change that lost to a newer write of the field: logged, never applied. */
  lost: ColumnType<number, number | undefined, number>;
}

export type BatchOrigin = 'local' | 'undo' | 'system';

/** One user action (or system action): what undo reverts and what a timeline entry groups. */
export interface BatchesTable {
  id: string;
  hlc: string;
  replicaId: string;
  actor: string;
  origin: BatchOrigin;
  label: string;
  undoesBatchId: string | null;
  undoneByBatchId: string | null;
  createdAt: string;
  /** 1 when the batch wrote permanent history (case entries): it cannot be undone. */
  permanent: ColumnType<number, number | undefined, number>;
  /** 1 once the team server has the batch (always 1 for batches that came from it). */
  pushed: ColumnType<number, number | undefined, number>;
  /** Why the server refused the batch; a refused batch stays on this computer. */
  pushError: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Live rows per table, kept by triggers (derived, never synced). */
export interface LiveCountsTable {
  tbl: string;
  n: number;
}

/** Settings of this replica only (never synced): replica id, the local user's owner id. */
export interface LocalSettingsTable {
  key: string;
  value: string;
}

export interface Database {
  owners: OwnersTable;
  partners: PartnersTable;
  contacts: ContactsTable;
  careEvents: CareEventsTable;
  commitments: CommitmentsTable;
  visitNotes: VisitNotesTable;
  greetings: GreetingsTable;
  greetingTemplates: GreetingTemplatesTable;
  settings: SettingsTable;
  disputes: DisputesTable;
  disputePartners: DisputePartnersTable;
  disputeEntries: DisputeEntriesTable;
  retentionCases: RetentionCasesTable;
  retentionActions: RetentionActionsTable;
  playbooks: PlaybooksTable;
  salesRecords: SalesRecordsTable;
  surveyResponses: SurveyResponsesTable;
  dataImports: DataImportsTable;
  tierChanges: TierChangesTable;
  tierOverrides: TierOverridesTable;
  partnerScores: PartnerScoresTable;
  loyaltySnapshots: LoyaltySnapshotsTable;
  salesMonthly: SalesMonthlyTable;
  surveyMonthly: SurveyMonthlyTable;
  engagementMonthly: EngagementMonthlyTable;
  products: ProductsTable;
  programs: ProgramsTable;
  programRuleVersions: ProgramRuleVersionsTable;
  programEnrollments: ProgramEnrollmentsTable;
  claims: ClaimsTable;
  ledgerEntries: LedgerEntriesTable;
  ledgerPartnerTotals: LedgerPartnerTotalsTable;
  rewards: RewardsTable;
  redemptions: RedemptionsTable;
  fundAllocations: FundAllocationsTable;
  fundRequests: FundRequestsTable;
  partnerTags: PartnerTagsTable;
  changeLog: ChangeLogTable;
  batches: BatchesTable;
  localSettings: LocalSettingsTable;
  liveCounts: LiveCountsTable;
  partnersFts: { rowid: ColumnType<number, never, never>; partnersFts: string };
  contactsFts: { rowid: ColumnType<number, never, never>; contactsFts: string };
  disputesFts: { rowid: ColumnType<number, never, never>; disputesFts: string };
}

/**
 * Tables written through the mutation path, and how each stores its fields. An append-only table's
 * rows are created and never changed (the write path refuses with its message, and so does the
 * database).
 */
export const entityTables = {
  owners: { jsonFields: [] },
  partners: { jsonFields: ['tags'] },
  contacts: { jsonFields: [] },
  careEvents: { jsonFields: ['contactIds', 'exceptions'] },
  commitments: { jsonFields: [] },
  visitNotes: { jsonFields: ['attendeeContactIds', 'attendeeOwnerIds', 'issues', 'attachments'] },
  greetings: { jsonFields: [] },
  greetingTemplates: { jsonFields: [] },
  settings: { jsonFields: [] },
  disputes: { jsonFields: ['partnerIds', 'contactIds', 'teammateIds'] },
  disputeEntries: {
    jsonFields: ['attachments'],
    appendOnly:
      'Entries on a case timeline are permanent and cannot be changed or deleted. Add a correction instead.',
  },
  retentionCases: { jsonFields: [] },
  retentionActions: { jsonFields: [] },
  playbooks: { jsonFields: ['steps'] },
  salesRecords: { jsonFields: [] },
  surveyResponses: { jsonFields: [] },
  dataImports: { jsonFields: [] },
  tierChanges: { jsonFields: [] },
  tierOverrides: { jsonFields: [] },
  products: { jsonFields: ['aliases'] },
  programs: { jsonFields: ['eligibility'] },
  programRuleVersions: { jsonFields: ['rules'] },
  programEnrollments: { jsonFields: [] },
  claims: { jsonFields: ['lines', 'attachments'] },
  ledgerEntries: {
    jsonFields: ['explanation'],
    appendOnly:
      'Ledger entries are permanent and cannot be changed or deleted. Post a reversing entry instead.',
  },
  rewards: { jsonFields: ['tiers'] },
  redemptions: { jsonFields: [] },
  fundAllocations: { jsonFields: [] },
  fundRequests: { jsonFields: ['attachments'] },
} as const satisfies Record<string, { jsonFields: readonly string[]; appendOnly?: string }>;
export type EntityTable = keyof typeof entityTables;

/** A synced table's name in SQL: its key in snake_case (`salesRecords` → `sales_records`). */
export function sqlTableName(table: EntityTable): string {
  return table.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
