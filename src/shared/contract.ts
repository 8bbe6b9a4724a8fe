// The contract between the UI and the core: every procedure's name, input schema and output
// schema. Both hosts validate input against it; the core's handler table is typed from it, so a
// missing or mistyped handler does not compile.
import { z } from 'zod';
import {
  syncConnectInputSchema,
  syncJoinInputSchema,
  syncJoinOutputSchema,
  syncStatusSchema,
  teamInviteInputSchema,
  teamInviteOutputSchema,
  teamListOutputSchema,
  teamUpdateUserInputSchema,
} from './sync';
import { teamUserSchema } from './sync-protocol';
import {
  backupFileInputSchema,
  backupFolderInputSchema,
  backupEntrySchema,
  backupsOverviewSchema,
  beginUploadInputSchema,
  readChunkInputSchema,
  readChunkOutputSchema,
  restoreOutputSchema,
  transferInputSchema,
  transferOutputSchema,
  uploadChunkInputSchema,
} from './backups';
import {
  productInputSchema,
  productListInputSchema,
  productListOutputSchema,
  productUpdateInputSchema,
} from './products';
import {
  eligiblePartnersInputSchema,
  eligiblePartnersOutputSchema,
  enrollInputSchema,
  participantListInputSchema,
  participantListOutputSchema,
  programEvaluateInputSchema,
  programEvaluationSchema,
  programInputSchema,
  programListInputSchema,
  programRulesInputSchema,
  programSchema,
  programStatusInputSchema,
  programSummarySchema,
  programUpdateInputSchema,
  unenrollInputSchema,
} from './programs';
import {
  claimDecisionInputSchema,
  claimInputSchema,
  claimListInputSchema,
  claimListOutputSchema,
  claimSchema,
  claimUpdateInputSchema,
} from './claims';
import {
  badgeSchema,
  balanceInputSchema,
  balanceSchema,
  expiryRunInputSchema,
  expiryRunOutputSchema,
  ledgerAdjustInputSchema,
  ledgerReverseInputSchema,
  partnerBadgesInputSchema,
  partnerIncentivesInputSchema,
  partnerIncentivesSchema,
  partnerLedgerInputSchema,
  partnerLedgerSchema,
  statementInputSchema,
  statementSchema,
} from './ledger';
import {
  redemptionDecisionInputSchema,
  redemptionListInputSchema,
  redemptionListOutputSchema,
  redemptionRequestInputSchema,
  rewardInputSchema,
  rewardListInputSchema,
  rewardListOutputSchema,
  rewardUpdateInputSchema,
} from './rewards';
import {
  fundAllocationInputSchema,
  fundProofInputSchema,
  fundReimburseInputSchema,
  fundRequestDecisionInputSchema,
  fundRequestInputSchema,
  fundRequestListInputSchema,
  fundRequestListOutputSchema,
  fundRequestUpdateInputSchema,
  programFundsSchema,
} from './funds';
import {
  leaderboardInputSchema,
  leaderboardSchema,
  programResultsInputSchema,
  programResultsSchema,
} from './program-results';
import {
  appStatusSchema,
  demoLoadInputSchema,
  demoLoadOutputSchema,
  quickSearchInputSchema,
  quickSearchOutputSchema,
} from './app';
import { searchEverywhereInputSchema, searchEverywhereOutputSchema } from './search';
import {
  contactInputSchema,
  contactListInputSchema,
  contactListOutputSchema,
  contactSchema,
} from './contacts';
import {
  timelineEntrySchema,
  timelineInputSchema,
  undoInputSchema,
  undoOutputSchema,
  undoStatusSchema,
  writeResultSchema,
} from './history';
import { ownerInputSchema, ownerSchema } from './owners';
import {
  calendarExportInputSchema,
  calendarExportOutputSchema,
  calendarRangeInputSchema,
  calendarRangeOutputSchema,
} from './calendar';
import { agendaInputSchema, agendaSchema } from './agenda';
import {
  careEventCloseInputSchema,
  careEventInputSchema,
  careEventRescheduleInputSchema,
  careEventSchema,
  commitmentInputSchema,
  commitmentListInputSchema,
  commitmentSchema,
  visitDueSchema,
  visitPlanInputSchema,
  visitPlanSchema,
  visitScheduleInputSchema,
  visitsDueInputSchema,
} from './care';
import {
  careSettingsSchema,
  composedGreetingSchema,
  festivalChoiceInputSchema,
  festivalOptionsInputSchema,
  festivalOptionsSchema,
  festivalRecipientsInputSchema,
  festivalRecipientsOutputSchema,
  greetingComposeInputSchema,
  greetingLogEntrySchema,
  greetingSentInputSchema,
  greetingTemplateKeySchema,
  greetingTemplateSaveInputSchema,
  greetingTemplateSchema,
  reminderLeadDaysInputSchema,
} from './greetings';
import {
  attachmentAddInputSchema,
  attachmentContentSchema,
  attachmentReadInputSchema,
  attachmentRefSchema,
  visitNoteCreateInputSchema,
  visitNoteInputSchema,
  visitNoteSchema,
} from './visit-notes';
import {
  partnerFacetsSchema,
  partnerListInputSchema,
  partnerListOutputSchema,
  partnerSaveInputSchema,
  partnerSchema,
  partnerUpdateInputSchema,
} from './partners';
import {
  csvExportSchema,
  disputeAlertsInputSchema,
  disputeAlertsSchema,
  disputeCreateInputSchema,
  disputeLibraryInputSchema,
  disputeLibraryOutputSchema,
  disputeListInputSchema,
  disputeListOutputSchema,
  disputeReportInputSchema,
  disputeReportSchema,
  disputeSchema,
  disputeSettingsSchema,
  disputeStepInputSchema,
  disputeTransitionInputSchema,
  disputeUpdateInputSchema,
  slaBusinessDaysSchema,
} from './disputes';
import {
  playbookRunInputSchema,
  playbookRunOutputSchema,
  playbookSaveInputSchema,
  playbookSchema,
  retentionActionCreateInputSchema,
  retentionActionUpdateInputSchema,
  retentionAlertsInputSchema,
  retentionAlertsSchema,
  retentionCaseListInputSchema,
  retentionCaseListOutputSchema,
  retentionCaseOpenInputSchema,
  retentionCaseSchema,
  retentionCaseUpdateInputSchema,
  retentionOutcomeInputSchema,
  retentionReportInputSchema,
  retentionReportSchema,
} from './retention';
import { isoDateField, ulidField } from './validation';
import { exportFileSchema, exportRequestSchema } from './data-export';
import {
  partnerSalesInputSchema,
  partnerSalesSchema,
  salesListInputSchema,
  salesListOutputSchema,
  salesRecordInputSchema,
  workspaceCurrencyInputSchema,
  workspaceSettingsSchema,
} from './sales';
import {
  surveyListInputSchema,
  surveyListOutputSchema,
  surveyResponseInputSchema,
  surveyResponseUpdateInputSchema,
} from './surveys';
import {
  dataImportKinds,
  importJobInputSchema,
  importProgressSchema,
  dataImportSchema,
  importCommitInputSchema,
  importCommitSchema,
  importFileSchema,
  importPreviewSchema,
} from './data-import';
import {
  churnRulesSchema,
  loyaltyFactorsSchema,
  loyaltySettingsSchema,
  partnerLoyaltySchema,
  recomputeInputSchema,
  recomputeOutputSchema,
  tierOverrideEndInputSchema,
  tierOverrideInputSchema,
  tiersSchema,
} from './loyalty';
import { dashboardExportInputSchema, dashboardInputSchema, dashboardSchema } from './dashboard';
import { uiLanguageSaveInputSchema, uiLanguageSettingSchema } from './ui-language';

const byId = z.object({ id: ulidField });
const empty = z.object({}).default({});

function procedure<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

export const procedures = {
  'app.status': procedure(empty, appStatusSchema),
  'demo.load': procedure(demoLoadInputSchema, demoLoadOutputSchema),
  'search.quick': procedure(quickSearchInputSchema, quickSearchOutputSchema),
  'search.everywhere': procedure(searchEverywhereInputSchema, searchEverywhereOutputSchema),
  'uiLanguage.get': procedure(empty, uiLanguageSettingSchema),
  'uiLanguage.save': procedure(uiLanguageSaveInputSchema, uiLanguageSettingSchema),

  'partners.list': procedure(partnerListInputSchema, partnerListOutputSchema),
  'partners.facets': procedure(empty, partnerFacetsSchema),
  'partners.get': procedure(byId, partnerSchema),
  'partners.create': procedure(partnerSaveInputSchema, writeResultSchema),
  'partners.update': procedure(partnerUpdateInputSchema, writeResultSchema),
  'partners.delete': procedure(byId, writeResultSchema),
  'partners.timeline': procedure(timelineInputSchema, z.array(timelineEntrySchema)),

  'contacts.list': procedure(contactListInputSchema, contactListOutputSchema),
  'contacts.get': procedure(byId, contactSchema),
  'contacts.create': procedure(contactInputSchema, writeResultSchema),
  'contacts.update': procedure(contactInputSchema.extend({ id: ulidField }), writeResultSchema),
  'contacts.delete': procedure(byId, writeResultSchema),

  'owners.list': procedure(empty, z.array(ownerSchema)),
  'owners.create': procedure(ownerInputSchema, writeResultSchema),
  'owners.update': procedure(ownerInputSchema.extend({ id: ulidField }), writeResultSchema),
  'owners.delete': procedure(byId, writeResultSchema),
  'profile.update': procedure(ownerInputSchema, writeResultSchema),

  'careEvents.listForPartner': procedure(z.object({ partnerId: ulidField }), z.array(careEventSchema)),
  'careEvents.get': procedure(byId, careEventSchema),
  'careEvents.create': procedure(careEventInputSchema, writeResultSchema),
  'careEvents.update': procedure(z.object({ id: ulidField, event: careEventInputSchema }), writeResultSchema),
  'careEvents.delete': procedure(byId, writeResultSchema),
  'careEvents.reschedule': procedure(careEventRescheduleInputSchema, writeResultSchema),
  'careEvents.close': procedure(careEventCloseInputSchema, writeResultSchema),

  'commitments.list': procedure(commitmentListInputSchema, z.array(commitmentSchema)),
  'commitments.get': procedure(byId, commitmentSchema),
  'commitments.create': procedure(commitmentInputSchema, writeResultSchema),
  'commitments.update': procedure(commitmentInputSchema.extend({ id: ulidField }), writeResultSchema),
  'commitments.delete': procedure(byId, writeResultSchema),

  'visits.due': procedure(visitsDueInputSchema, z.array(visitDueSchema)),
  'visits.plan': procedure(visitPlanInputSchema, visitPlanSchema),
  'visits.schedule': procedure(visitScheduleInputSchema, writeResultSchema),

  'visitNotes.listForPartner': procedure(z.object({ partnerId: ulidField }), z.array(visitNoteSchema)),
  'visitNotes.get': procedure(byId, visitNoteSchema),
  'visitNotes.create': procedure(visitNoteCreateInputSchema, writeResultSchema),
  'visitNotes.update': procedure(z.object({ id: ulidField, note: visitNoteInputSchema }), writeResultSchema),
  'visitNotes.delete': procedure(byId, writeResultSchema),
  'attachments.add': procedure(attachmentAddInputSchema, attachmentRefSchema),
  'attachments.read': procedure(attachmentReadInputSchema, attachmentContentSchema),

  'greetings.compose': procedure(greetingComposeInputSchema, composedGreetingSchema),
  'greetings.markSent': procedure(greetingSentInputSchema, writeResultSchema),
  'greetings.listForPartner': procedure(z.object({ partnerId: ulidField }), z.array(greetingLogEntrySchema)),
  'greetings.festivalRecipients': procedure(festivalRecipientsInputSchema, festivalRecipientsOutputSchema),
  'greetingTemplates.list': procedure(empty, z.array(greetingTemplateSchema)),
  'greetingTemplates.save': procedure(greetingTemplateSaveInputSchema, writeResultSchema),
  'greetingTemplates.reset': procedure(greetingTemplateKeySchema, writeResultSchema),
  'careSettings.get': procedure(empty, careSettingsSchema),
  'careSettings.saveFestivals': procedure(festivalChoiceInputSchema, writeResultSchema),
  'careSettings.saveReminderLeadDays': procedure(reminderLeadDaysInputSchema, writeResultSchema),
  'careSettings.festivalOptions': procedure(festivalOptionsInputSchema, festivalOptionsSchema),

  'agenda.home': procedure(agendaInputSchema, agendaSchema),
  'calendar.range': procedure(calendarRangeInputSchema, calendarRangeOutputSchema),
  'calendar.exportIcs': procedure(calendarExportInputSchema, calendarExportOutputSchema),

  'disputes.create': procedure(disputeCreateInputSchema, writeResultSchema),
  'disputes.update': procedure(disputeUpdateInputSchema, writeResultSchema),
  'disputes.transition': procedure(disputeTransitionInputSchema, writeResultSchema),
  'disputes.addEntry': procedure(disputeStepInputSchema, writeResultSchema),
  'disputes.get': procedure(byId, disputeSchema),
  'disputes.list': procedure(disputeListInputSchema, disputeListOutputSchema),
  'disputes.library': procedure(disputeLibraryInputSchema, disputeLibraryOutputSchema),
  'disputes.report': procedure(disputeReportInputSchema, disputeReportSchema),
  'disputes.alerts': procedure(disputeAlertsInputSchema, disputeAlertsSchema),
  'disputes.exportCsv': procedure(disputeListInputSchema, csvExportSchema),
  'disputeSettings.get': procedure(empty, disputeSettingsSchema),
  'disputeSettings.saveSla': procedure(slaBusinessDaysSchema, writeResultSchema),

  'retentionCases.open': procedure(retentionCaseOpenInputSchema, writeResultSchema),
  'retentionCases.update': procedure(retentionCaseUpdateInputSchema, writeResultSchema),
  'retentionCases.setOutcome': procedure(retentionOutcomeInputSchema, writeResultSchema),
  'retentionCases.get': procedure(
    z.object({ id: ulidField, today: isoDateField.optional() }),
    retentionCaseSchema,
  ),
  'retentionCases.list': procedure(retentionCaseListInputSchema, retentionCaseListOutputSchema),
  'retentionCases.exportCsv': procedure(retentionCaseListInputSchema, csvExportSchema),
  'retentionActions.create': procedure(retentionActionCreateInputSchema, writeResultSchema),
  'retentionActions.update': procedure(retentionActionUpdateInputSchema, writeResultSchema),
  'retention.report': procedure(retentionReportInputSchema, retentionReportSchema),
  'retention.alerts': procedure(retentionAlertsInputSchema, retentionAlertsSchema),
  'playbooks.list': procedure(empty, z.array(playbookSchema)),
  'playbooks.save': procedure(playbookSaveInputSchema, writeResultSchema),
  'playbooks.reset': procedure(byId, writeResultSchema),
  'playbooks.delete': procedure(byId, writeResultSchema),
  'playbooks.run': procedure(playbookRunInputSchema, playbookRunOutputSchema),

  'sales.save': procedure(salesRecordInputSchema, writeResultSchema),
  'sales.delete': procedure(byId, writeResultSchema),
  'sales.list': procedure(salesListInputSchema, salesListOutputSchema),
  'sales.exportCsv': procedure(salesListInputSchema, csvExportSchema),
  'sales.partner': procedure(partnerSalesInputSchema, partnerSalesSchema),
  'surveys.create': procedure(surveyResponseInputSchema, writeResultSchema),
  'surveys.update': procedure(surveyResponseUpdateInputSchema, writeResultSchema),
  'surveys.delete': procedure(byId, writeResultSchema),
  'surveys.list': procedure(surveyListInputSchema, surveyListOutputSchema),
  'surveys.exportCsv': procedure(surveyListInputSchema, csvExportSchema),
  'imports.preview': procedure(importFileSchema, importPreviewSchema),
  'imports.commit': procedure(importCommitInputSchema, importCommitSchema),
  'imports.list': procedure(
    z.object({ kind: z.enum(dataImportKinds).nullable().default(null) }),
    z.array(dataImportSchema),
  ),
  'imports.progress': procedure(importJobInputSchema, importProgressSchema.nullable()),
  'imports.cancel': procedure(importJobInputSchema, z.object({ cancelled: z.boolean() })),
  'dataExport.list': procedure(exportRequestSchema, exportFileSchema),
  'workspace.get': procedure(empty, workspaceSettingsSchema),
  'workspace.saveCurrency': procedure(workspaceCurrencyInputSchema, writeResultSchema),

  'loyaltySettings.get': procedure(empty, loyaltySettingsSchema),
  'loyaltySettings.saveFactors': procedure(loyaltyFactorsSchema, writeResultSchema),
  'loyaltySettings.saveTiers': procedure(z.object({ tiers: tiersSchema }), writeResultSchema),
  'loyaltySettings.saveChurnRules': procedure(churnRulesSchema, writeResultSchema),
  'loyaltySettings.reset': procedure(
    z.object({ section: z.enum(['factors', 'tiers', 'churnRules']) }),
    writeResultSchema,
  ),
  'loyalty.partner': procedure(z.object({ partnerId: ulidField, today: isoDateField }), partnerLoyaltySchema),
  'loyalty.setOverride': procedure(tierOverrideInputSchema, writeResultSchema),
  'loyalty.endOverride': procedure(tierOverrideEndInputSchema, writeResultSchema),
  'loyalty.recomputeAll': procedure(recomputeInputSchema, recomputeOutputSchema),

  'dashboard.get': procedure(dashboardInputSchema, dashboardSchema),
  'dashboard.exportCsv': procedure(dashboardExportInputSchema, csvExportSchema),

  'products.list': procedure(productListInputSchema, productListOutputSchema),
  'products.create': procedure(productInputSchema, writeResultSchema),
  'products.update': procedure(productUpdateInputSchema, writeResultSchema),
  'products.delete': procedure(byId, writeResultSchema),

  'programs.list': procedure(programListInputSchema, z.array(programSummarySchema)),
  'programs.get': procedure(byId, programSchema),
  'programs.create': procedure(programInputSchema, writeResultSchema),
  'programs.update': procedure(programUpdateInputSchema, writeResultSchema),
  'programs.setStatus': procedure(programStatusInputSchema, writeResultSchema),
  'programs.saveRules': procedure(programRulesInputSchema, writeResultSchema),
  'programs.enroll': procedure(enrollInputSchema, writeResultSchema),
  'programs.unenroll': procedure(unenrollInputSchema, writeResultSchema),
  'programs.participants': procedure(participantListInputSchema, participantListOutputSchema),
  'programs.eligible': procedure(eligiblePartnersInputSchema, eligiblePartnersOutputSchema),
  'programs.evaluate': procedure(programEvaluateInputSchema, programEvaluationSchema),
  'programs.leaderboard': procedure(leaderboardInputSchema, leaderboardSchema),
  'programs.results': procedure(programResultsInputSchema, programResultsSchema),
  'programs.badges': procedure(partnerBadgesInputSchema, z.array(badgeSchema)),

  'claims.create': procedure(claimInputSchema, writeResultSchema),
  'claims.update': procedure(claimUpdateInputSchema, writeResultSchema),
  'claims.delete': procedure(byId, writeResultSchema),
  'claims.get': procedure(byId, claimSchema),
  'claims.list': procedure(claimListInputSchema, claimListOutputSchema),
  'claims.decide': procedure(claimDecisionInputSchema, writeResultSchema),

  'ledger.balance': procedure(balanceInputSchema, balanceSchema),
  'ledger.partner': procedure(partnerLedgerInputSchema, partnerLedgerSchema),
  'ledger.adjust': procedure(ledgerAdjustInputSchema, writeResultSchema),
  'ledger.reverse': procedure(ledgerReverseInputSchema, writeResultSchema),
  'ledger.runExpiry': procedure(expiryRunInputSchema, expiryRunOutputSchema),
  'ledger.statement': procedure(statementInputSchema, statementSchema),
  'incentives.partner': procedure(partnerIncentivesInputSchema, partnerIncentivesSchema),

  'rewards.list': procedure(rewardListInputSchema, rewardListOutputSchema),
  'rewards.create': procedure(rewardInputSchema, writeResultSchema),
  'rewards.update': procedure(rewardUpdateInputSchema, writeResultSchema),
  'redemptions.request': procedure(redemptionRequestInputSchema, writeResultSchema),
  'redemptions.decide': procedure(redemptionDecisionInputSchema, writeResultSchema),
  'redemptions.list': procedure(redemptionListInputSchema, redemptionListOutputSchema),

  'funds.program': procedure(z.object({ programId: ulidField }), programFundsSchema),
  'funds.allocate': procedure(fundAllocationInputSchema, writeResultSchema),
  'fundRequests.create': procedure(fundRequestInputSchema, writeResultSchema),
  'fundRequests.update': procedure(fundRequestUpdateInputSchema, writeResultSchema),
  'fundRequests.decide': procedure(fundRequestDecisionInputSchema, writeResultSchema),
  'fundRequests.submitProof': procedure(fundProofInputSchema, writeResultSchema),
  'fundRequests.reimburse': procedure(fundReimburseInputSchema, writeResultSchema),
  'fundRequests.list': procedure(fundRequestListInputSchema, fundRequestListOutputSchema),

  'history.undo': procedure(undoInputSchema, undoOutputSchema),
  'history.status': procedure(empty, undoStatusSchema),

  'sync.status': procedure(empty, syncStatusSchema),
  'sync.connect': procedure(syncConnectInputSchema, syncStatusSchema),
  'sync.join': procedure(syncJoinInputSchema, syncJoinOutputSchema),
  'sync.now': procedure(empty, syncStatusSchema),
  'sync.disconnect': procedure(empty, syncStatusSchema),
  'team.list': procedure(empty, teamListOutputSchema),
  'team.invite': procedure(teamInviteInputSchema, teamInviteOutputSchema),
  'team.updateUser': procedure(teamUpdateUserInputSchema, teamUserSchema),

  'backups.overview': procedure(empty, backupsOverviewSchema),
  'backups.setFolder': procedure(backupFolderInputSchema, backupsOverviewSchema),
  'backups.backUpNow': procedure(empty, backupsOverviewSchema),
  'backups.restore': procedure(backupFileInputSchema, restoreOutputSchema),
  'backups.restoreUpload': procedure(transferInputSchema, restoreOutputSchema),
  'backups.exportArchive': procedure(empty, transferOutputSchema),
  'backups.recoverAtStartup': procedure(empty, z.object({ restored: backupEntrySchema.nullable() })),
  'transfers.beginUpload': procedure(beginUploadInputSchema, transferOutputSchema),
  'transfers.writeChunk': procedure(uploadChunkInputSchema, transferOutputSchema),
  'transfers.readChunk': procedure(readChunkInputSchema, readChunkOutputSchema),
  'transfers.discard': procedure(transferInputSchema, z.object({})),
} as const;

export type Procedures = typeof procedures;
export type ProcedureName = keyof Procedures;
/** What a caller passes (defaults may be left out). */
export type ProcedureInput<N extends ProcedureName> = z.input<Procedures[N]['input']>;
/** What a handler receives, after validation filled in the defaults. */
export type ParsedInput<N extends ProcedureName> = z.output<Procedures[N]['input']>;
export type ProcedureOutput<N extends ProcedureName> = z.output<Procedures[N]['output']>;

export const procedureNames = Object.keys(procedures) as ProcedureName[];

export function isProcedureName(name: string): name is ProcedureName {
  return Object.hasOwn(procedures, name);
}
