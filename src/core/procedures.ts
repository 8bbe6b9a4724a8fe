// The table of procedures: one handler per contract entry, typed against the contract so a missing
// or mistyped handler does not compile.
import type { ParsedInput, ProcedureName, ProcedureOutput } from '../shared/contract';
import { appStatus, quickSearch } from './app/service';
import {
  createCareEvent,
  deleteCareEvent,
  getCareEvent,
  listPartnerCareEvents,
  updateCareEvent,
} from './care/service';
import {
  createCommitment,
  deleteCommitment,
  getCommitment,
  listCommitments,
  updateCommitment,
} from './commitments/service';
import { exportCalendar } from './calendar-export/service';
import { calendarRange } from './calendar/service';
import { homeAgenda } from './agenda/service';
import { addAttachment, readAttachment } from './attachments/store';
import { closeCareEvent, rescheduleCareEvent } from './care/reschedule';
import { readCareSettings, saveFestivalChoice, saveReminderLeadDays } from './care/settings';
import { festivalOptions } from './greetings/festival-options';
import {
  composeGreetingFor,
  festivalRecipients,
  listPartnerGreetings,
  markGreetingSent,
} from './greetings/service';
import {
  listGreetingTemplates,
  resetGreetingTemplate,
  saveGreetingTemplate,
} from './greetings/template-service';
import {
  createVisitNote,
  deleteVisitNote,
  getVisitNote,
  listPartnerVisitNotes,
  updateVisitNote,
} from './visit-notes/service';
import { visitPlan } from './visits/plan';
import { scheduleVisits } from './visits/schedule';
import type { CoreContext } from './context';
import { evaluateProgramMonth } from './incentives/evaluate';
import { decideClaim } from './claims/decide';
import { listPrograms, getProgram, createProgram, updateProgram, setProgramStatus } from './programs/service';
import { saveProgramRules } from './programs/rules';
import { enrollPartners, unenrollPartner, listParticipants, eligiblePartners } from './programs/enrollment';
import { listProducts, createProduct, updateProduct, deleteProduct } from './products/service';
import { createClaim, updateClaim, deleteClaim, getClaim } from './claims/service';
import { listClaims } from './claims/list';
import { readBalance, partnerLedger, adjustLedger, reverseLedgerEntry } from './ledger/service';
import { runExpiry } from './ledger/expiry';
import { partnerStatement } from './ledger/statement';
import { partnerIncentives } from './ledger/partner-incentives';
import { listRewards, createReward, updateReward } from './rewards/service';
import { requestRedemption, decideRedemption, listRedemptions } from './rewards/redemptions';
import { programFunds, allocateFund } from './funds/service';
import {
  createFundRequest,
  updateFundRequest,
  decideFundRequest,
  submitFundProof,
  reimburseFundRequest,
  listFundRequests,
} from './funds/requests';
import { programLeaderboard } from './gamification/leaderboard';
import { listPartnerBadges } from './gamification/badges';
import { programResults } from './gamification/results';
import {
  createDispute,
  updateDispute,
  transitionDispute,
  addDisputeEntry,
  getDispute,
} from './disputes/service';
import { readDisputeSettings, saveSlaBusinessDays } from './disputes/settings';
import { readUiLanguage, saveUiLanguage } from './ui-language/setting';
import { listDisputes } from './disputes/list';
import { disputeLibrary } from './disputes/library';
import { disputeReport } from './disputes/report';
import { disputeAlerts } from './disputes/alerts';
import { exportDisputesCsv } from './disputes/csv-export';
import { retentionReport } from './retention/report';
import { exportRetentionCasesCsv } from './retention/csv-export';
import {
  openRetentionCase,
  updateRetentionCase,
  setRetentionOutcome,
  getRetentionCase,
  listRetentionCases,
} from './retention/cases';
import { createRetentionAction, updateRetentionAction } from './retention/actions';
import { listPlaybooks, savePlaybook, resetPlaybook, deletePlaybook } from './retention/playbooks';
import { runPlaybook } from './retention/run-playbook';
import { retentionAlerts } from './retention/alerts';
import { visitsDue } from './visits/due';
import { createContact, deleteContact, getContact, listContacts, updateContact } from './contacts/service';
import { loadDemoData } from './demo/load';
import { partnerTimeline } from './history/timeline';
import { undoBatch, undoStatus } from './history/undo';
import { connectToServer, disconnectFromServer, joinWorkspace, syncNow, syncStatus } from './sync/service';
import { inviteTeammate, listTeam, updateTeammate } from './sync/team';
import {
  backUpNow,
  backupsOverview,
  exportArchive,
  restoreListedBackup,
  restoreUploadedFile,
  setBackupFolder,
} from './backups/service';
import { beginUpload, discardTransfer, readChunk, writeChunk } from './backups/transfers';
import { createOwner, deleteOwner, listOwners, updateOwner } from './owners/service';
import {
  createPartner,
  deletePartner,
  getPartner,
  listPartners,
  partnerFacets,
  updatePartner,
} from './partners/service';
import { saveSalesRecord, deleteSalesRecord, listSales, exportSalesCsv, partnerSales } from './sales/service';
import {
  createSurveyResponse,
  updateSurveyResponse,
  deleteSurveyResponse,
  listSurveyResponses,
  exportSurveysCsv,
} from './surveys/service';
import {
  cancelImport,
  commitImport,
  importProgress,
  listImports,
  previewImport,
} from './data-import/service';
import { exportList } from './data-export/service';
import { readWorkspaceSettings, saveWorkspaceCurrency } from './workspace/settings';
import {
  readLoyaltySettings,
  saveLoyaltyFactors,
  saveTiers,
  saveChurnRules,
  resetLoyaltySettings,
} from './loyalty/settings';
import { partnerLoyalty } from './loyalty/partner-loyalty';
import { setTierOverride, endTierOverride } from './loyalty/overrides';
import { recomputeAll } from './loyalty/recompute-all';
import { dashboard, exportDashboardCsv } from './dashboard/service';
import { searchEverywhere } from './search/everywhere';

export type Handlers = {
  [N in ProcedureName]: (ctx: CoreContext, input: ParsedInput<N>) => Promise<ProcedureOutput<N>>;
};

export const handlers: Handlers = {
  'app.status': (ctx) => appStatus(ctx),
  'demo.load': (ctx, input) => loadDemoData(ctx, input.partners, undefined, input.fullSalesHistory),
  'search.quick': async (ctx, input) => ({ results: await quickSearch(ctx, input.query, input.limit) }),
  'search.everywhere': async (ctx, input) => ({ results: await searchEverywhere(ctx, input) }),
  'uiLanguage.get': (ctx) => readUiLanguage(ctx),
  'uiLanguage.save': (ctx, input) => saveUiLanguage(ctx, input),

  'partners.list': (ctx, input) => listPartners(ctx, input),
  'partners.facets': (ctx) => partnerFacets(ctx),
  'partners.get': (ctx, input) => getPartner(ctx, input.id),
  'partners.create': (ctx, input) => createPartner(ctx, input.partner, input.allowDuplicate),
  'partners.update': (ctx, input) => updatePartner(ctx, input.id, input.partner, input.allowDuplicate),
  'partners.delete': (ctx, input) => deletePartner(ctx, input.id),
  'partners.timeline': (ctx, input) => partnerTimeline(ctx, input.partnerId, input.limit),

  'contacts.list': (ctx, input) => listContacts(ctx, input),
  'contacts.get': (ctx, input) => getContact(ctx, input.id),
  'contacts.create': (ctx, input) => createContact(ctx, input),
  'contacts.update': (ctx, { id, ...fields }) => updateContact(ctx, id, fields),
  'contacts.delete': (ctx, input) => deleteContact(ctx, input.id),

  'owners.list': (ctx) => listOwners(ctx),
  'owners.create': (ctx, input) => createOwner(ctx, input),
  'owners.update': (ctx, { id, ...fields }) => updateOwner(ctx, id, fields),
  'owners.delete': (ctx, input) => deleteOwner(ctx, input.id),
  'profile.update': (ctx, input) => updateOwner(ctx, ctx.selfOwnerId, input),

  'careEvents.listForPartner': (ctx, input) => listPartnerCareEvents(ctx, input.partnerId),
  'careEvents.get': (ctx, input) => getCareEvent(ctx, input.id),
  'careEvents.create': (ctx, input) => createCareEvent(ctx, input),
  'careEvents.update': (ctx, input) => updateCareEvent(ctx, input.id, input.event),
  'careEvents.delete': (ctx, input) => deleteCareEvent(ctx, input.id),
  'careEvents.reschedule': (ctx, input) => rescheduleCareEvent(ctx, input),
  'careEvents.close': (ctx, input) => closeCareEvent(ctx, input),

  'commitments.list': (ctx, input) => listCommitments(ctx, input),
  'commitments.get': (ctx, input) => getCommitment(ctx, input.id),
  'commitments.create': (ctx, input) => createCommitment(ctx, input),
  'commitments.update': (ctx, { id, ...fields }) => updateCommitment(ctx, id, fields),
  'commitments.delete': (ctx, input) => deleteCommitment(ctx, input.id),

  'visits.due': (ctx, input) => visitsDue(ctx, input),
  'visits.plan': (ctx, input) => visitPlan(ctx, input),
  'visits.schedule': (ctx, input) => scheduleVisits(ctx, input),

  'visitNotes.listForPartner': (ctx, input) => listPartnerVisitNotes(ctx, input.partnerId),
  'visitNotes.get': (ctx, input) => getVisitNote(ctx, input.id),
  'visitNotes.create': (ctx, input) => createVisitNote(ctx, input),
  'visitNotes.update': (ctx, input) => updateVisitNote(ctx, input),
  'visitNotes.delete': (ctx, input) => deleteVisitNote(ctx, input.id),
  'attachments.add': (ctx, input) => addAttachment(ctx, input),
  'attachments.read': (ctx, input) => readAttachment(ctx, input.hash),

  'greetings.compose': (ctx, input) => composeGreetingFor(ctx, input),
  'greetings.markSent': (ctx, input) => markGreetingSent(ctx, input),
  'greetings.listForPartner': (ctx, input) => listPartnerGreetings(ctx, input.partnerId),
  'greetings.festivalRecipients': (ctx, input) => festivalRecipients(ctx, input),
  'greetingTemplates.list': (ctx) => listGreetingTemplates(ctx),
  'greetingTemplates.save': (ctx, input) => saveGreetingTemplate(ctx, input),
  'greetingTemplates.reset': (ctx, input) => resetGreetingTemplate(ctx, input),
  'careSettings.get': (ctx) => readCareSettings(ctx),
  'careSettings.saveFestivals': (ctx, input) => saveFestivalChoice(ctx, input.country, input.festivalKeys),
  'careSettings.saveReminderLeadDays': (ctx, input) => saveReminderLeadDays(ctx, input.leadDays),
  'careSettings.festivalOptions': (ctx, input) => festivalOptions(ctx, input.today),

  'agenda.home': (ctx, input) => homeAgenda(ctx, input),
  'calendar.range': (ctx, input) => calendarRange(ctx, input),
  'calendar.exportIcs': (ctx, input) => exportCalendar(ctx, input),

  'disputes.create': (ctx, input) => createDispute(ctx, input),
  'disputes.update': (ctx, input) => updateDispute(ctx, input),
  'disputes.transition': (ctx, input) => transitionDispute(ctx, input),
  'disputes.addEntry': (ctx, input) => addDisputeEntry(ctx, input),
  'disputes.get': (ctx, input) => getDispute(ctx, input),
  'disputeSettings.get': (ctx, input) => readDisputeSettings(ctx, input),
  'disputeSettings.saveSla': (ctx, input) => saveSlaBusinessDays(ctx, input),
  'disputes.list': (ctx, input) => listDisputes(ctx, input),
  'disputes.library': (ctx, input) => disputeLibrary(ctx, input),
  'disputes.report': (ctx, input) => disputeReport(ctx, input),
  'disputes.alerts': (ctx, input) => disputeAlerts(ctx, input),
  'disputes.exportCsv': (ctx, input) => exportDisputesCsv(ctx, input),
  'retention.report': (ctx, input) => retentionReport(ctx, input),
  'retentionCases.exportCsv': (ctx, input) => exportRetentionCasesCsv(ctx, input),
  'retentionCases.open': (ctx, input) => openRetentionCase(ctx, input),
  'retentionCases.update': (ctx, input) => updateRetentionCase(ctx, input),
  'retentionCases.setOutcome': (ctx, input) => setRetentionOutcome(ctx, input),
  'retentionCases.get': (ctx, input) => getRetentionCase(ctx, input),
  'retentionCases.list': (ctx, input) => listRetentionCases(ctx, input),
  'retentionActions.create': (ctx, input) => createRetentionAction(ctx, input),
  'retentionActions.update': (ctx, input) => updateRetentionAction(ctx, input),
  'playbooks.list': (ctx, input) => listPlaybooks(ctx, input),
  'playbooks.save': (ctx, input) => savePlaybook(ctx, input),
  'playbooks.reset': (ctx, input) => resetPlaybook(ctx, input),
  'playbooks.delete': (ctx, input) => deletePlaybook(ctx, input),
  'playbooks.run': (ctx, input) => runPlaybook(ctx, input),
  'retention.alerts': (ctx, input) => retentionAlerts(ctx, input),

  'sales.save': (ctx, input) => saveSalesRecord(ctx, input),
  'sales.delete': (ctx, input) => deleteSalesRecord(ctx, input),
  'sales.list': (ctx, input) => listSales(ctx, input),
  'sales.exportCsv': (ctx, input) => exportSalesCsv(ctx, input),
  'sales.partner': (ctx, input) => partnerSales(ctx, input),
  'surveys.create': (ctx, input) => createSurveyResponse(ctx, input),
  'surveys.update': (ctx, input) => updateSurveyResponse(ctx, input),
  'surveys.delete': (ctx, input) => deleteSurveyResponse(ctx, input),
  'surveys.list': (ctx, input) => listSurveyResponses(ctx, input),
  'surveys.exportCsv': (ctx, input) => exportSurveysCsv(ctx, input),
  'imports.preview': (ctx, input) => previewImport(ctx, input),
  'imports.commit': (ctx, input) => commitImport(ctx, input),
  'imports.list': (ctx, input) => listImports(ctx, input),
  'imports.progress': (_ctx, input) => Promise.resolve(importProgress(input)),
  'imports.cancel': (_ctx, input) => Promise.resolve(cancelImport(input)),
  'dataExport.list': (ctx, input) => exportList(ctx, input),
  'workspace.get': (ctx, input) => readWorkspaceSettings(ctx, input),
  'workspace.saveCurrency': (ctx, input) => saveWorkspaceCurrency(ctx, input),
  'loyaltySettings.get': (ctx, input) => readLoyaltySettings(ctx, input),
  'loyaltySettings.saveFactors': (ctx, input) => saveLoyaltyFactors(ctx, input),
  'loyaltySettings.saveTiers': (ctx, input) => saveTiers(ctx, input),
  'loyaltySettings.saveChurnRules': (ctx, input) => saveChurnRules(ctx, input),
  'loyaltySettings.reset': (ctx, input) => resetLoyaltySettings(ctx, input),
  'loyalty.partner': (ctx, input) => partnerLoyalty(ctx, input),
  'loyalty.setOverride': (ctx, input) => setTierOverride(ctx, input),
  'loyalty.endOverride': (ctx, input) => endTierOverride(ctx, input),
  'loyalty.recomputeAll': (ctx, input) => recomputeAll(ctx, input),
  'dashboard.get': (ctx, input) => dashboard(ctx, input),
  'dashboard.exportCsv': (ctx, input) => exportDashboardCsv(ctx, input),

  'programs.evaluate': (ctx, input) => evaluateProgramMonth(ctx, input),
  'claims.decide': (ctx, input) => decideClaim(ctx, input),
  'programs.list': (ctx, input) => listPrograms(ctx, input),
  'programs.get': (ctx, input) => getProgram(ctx, input),
  'programs.create': (ctx, input) => createProgram(ctx, input),
  'programs.update': (ctx, input) => updateProgram(ctx, input),
  'programs.setStatus': (ctx, input) => setProgramStatus(ctx, input),
  'programs.saveRules': (ctx, input) => saveProgramRules(ctx, input),
  'programs.enroll': (ctx, input) => enrollPartners(ctx, input),
  'programs.unenroll': (ctx, input) => unenrollPartner(ctx, input),
  'programs.participants': (ctx, input) => listParticipants(ctx, input),
  'programs.eligible': (ctx, input) => eligiblePartners(ctx, input),
  'products.list': (ctx, input) => listProducts(ctx, input),
  'products.create': (ctx, input) => createProduct(ctx, input),
  'products.update': (ctx, input) => updateProduct(ctx, input),
  'products.delete': (ctx, input) => deleteProduct(ctx, input),
  'claims.create': (ctx, input) => createClaim(ctx, input),
  'claims.update': (ctx, input) => updateClaim(ctx, input),
  'claims.delete': (ctx, input) => deleteClaim(ctx, input),
  'claims.get': (ctx, input) => getClaim(ctx, input),
  'claims.list': (ctx, input) => listClaims(ctx, input),
  'ledger.balance': (ctx, input) => readBalance(ctx, input),
  'ledger.partner': (ctx, input) => partnerLedger(ctx, input),
  'ledger.adjust': (ctx, input) => adjustLedger(ctx, input),
  'ledger.reverse': (ctx, input) => reverseLedgerEntry(ctx, input),
  'ledger.runExpiry': (ctx, input) => runExpiry(ctx, input),
  'ledger.statement': (ctx, input) => partnerStatement(ctx, input),
  'incentives.partner': (ctx, input) => partnerIncentives(ctx, input),
  'rewards.list': (ctx, input) => listRewards(ctx, input),
  'rewards.create': (ctx, input) => createReward(ctx, input),
  'rewards.update': (ctx, input) => updateReward(ctx, input),
  'redemptions.request': (ctx, input) => requestRedemption(ctx, input),
  'redemptions.decide': (ctx, input) => decideRedemption(ctx, input),
  'redemptions.list': (ctx, input) => listRedemptions(ctx, input),
  'funds.program': (ctx, input) => programFunds(ctx, input),
  'funds.allocate': (ctx, input) => allocateFund(ctx, input),
  'fundRequests.create': (ctx, input) => createFundRequest(ctx, input),
  'fundRequests.update': (ctx, input) => updateFundRequest(ctx, input),
  'fundRequests.decide': (ctx, input) => decideFundRequest(ctx, input),
  'fundRequests.submitProof': (ctx, input) => submitFundProof(ctx, input),
  'fundRequests.reimburse': (ctx, input) => reimburseFundRequest(ctx, input),
  'fundRequests.list': (ctx, input) => listFundRequests(ctx, input),
  'programs.leaderboard': (ctx, input) => programLeaderboard(ctx, input),
  'programs.badges': (ctx, input) => listPartnerBadges(ctx, input),
  'programs.results': (ctx, input) => programResults(ctx, input),

  'history.undo': (ctx, input) => undoBatch(ctx, input.batchId),
  'history.status': (ctx) => undoStatus(ctx),

  'sync.status': (ctx) => syncStatus(ctx),
  'sync.connect': (ctx, input) => connectToServer(ctx, input),
  'sync.join': (ctx, input) => joinWorkspace(ctx, input.choice),
  'sync.now': (ctx) => syncNow(ctx),
  'sync.disconnect': (ctx) => disconnectFromServer(ctx),
  'team.list': (ctx) => listTeam(ctx),
  'team.invite': (ctx, input) => inviteTeammate(ctx, input),
  'team.updateUser': (ctx, input) => updateTeammate(ctx, input),

  'backups.overview': (ctx) => backupsOverview(ctx),
  'backups.setFolder': (ctx, input) => setBackupFolder(ctx, input.folder),
  'backups.backUpNow': (ctx) => backUpNow(ctx),
  'backups.restore': (ctx, input) => restoreListedBackup(ctx, input.fileName),
  'backups.restoreUpload': (ctx, input) => restoreUploadedFile(ctx, input.transferId),
  'backups.exportArchive': (ctx) => exportArchive(ctx),
  // The core is open, so there is nothing to recover (recovery answers it before the core opens).
  'backups.recoverAtStartup': async () => ({ restored: null }),
  'transfers.beginUpload': (ctx, input) => beginUpload(ctx.dataFile, input.fileName, input.sizeBytes),
  'transfers.writeChunk': (_ctx, input) => writeChunk(input.transferId, input.offset, input.contentBase64),
  'transfers.readChunk': (_ctx, input) => readChunk(input.transferId, input.offset),
  'transfers.discard': async (_ctx, input) => (await discardTransfer(input.transferId), {}),
};
