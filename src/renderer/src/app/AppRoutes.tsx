// The screens and their addresses. Screens other than home, partners, contacts and settings (the
// calendar and visit planner with the schedule and date components, cases, retention, reports)
// load when first opened, so starting the app does not wait for them.
import { Skeleton } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { ContactsPage } from '../features/contacts/ContactsPage';
import { HomePage } from '../features/home/HomePage';
import { SettingsPage } from '../features/owners/SettingsPage';
import { PartnerPage } from '../features/partners/PartnerPage';
import { PartnersPage } from '../features/partners/PartnersPage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';

const CalendarPage = lazy(async () => ({
  default: (await import('../features/calendar/CalendarPage')).CalendarPage,
}));
const VisitPlannerPage = lazy(async () => ({
  default: (await import('../features/visit-planner/VisitPlannerPage')).VisitPlannerPage,
}));

const CaseLibraryPage = lazy(async () => ({
  default: (await import('../features/case-library/CaseLibraryPage')).CaseLibraryPage,
}));
const CaseReportsPage = lazy(async () => ({
  default: (await import('../features/case-reports/CaseReportsPage')).CaseReportsPage,
}));
const DisputePage = lazy(async () => ({
  default: (await import('../features/disputes/DisputePage')).DisputePage,
}));
const DisputesPage = lazy(async () => ({
  default: (await import('../features/disputes/DisputesPage')).DisputesPage,
}));
const PlaybooksPage = lazy(async () => ({
  default: (await import('../features/retention/PlaybooksPage')).PlaybooksPage,
}));
const RetentionCasePage = lazy(async () => ({
  default: (await import('../features/retention/RetentionCasePage')).RetentionCasePage,
}));
const RetentionPage = lazy(async () => ({
  default: (await import('../features/retention/RetentionPage')).RetentionPage,
}));

const SalesPage = lazy(async () => ({
  default: (await import('../features/sales/SalesPage')).SalesPage,
}));
const SurveysPage = lazy(async () => ({
  default: (await import('../features/surveys/SurveysPage')).SurveysPage,
}));
const ImportPage = lazy(async () => ({
  default: (await import('../features/data-import/ImportPage')).ImportPage,
}));
const LoyaltySettingsPage = lazy(async () => ({
  default: (await import('../features/loyalty-settings/LoyaltySettingsPage')).LoyaltySettingsPage,
}));

const ProgramsPage = lazy(async () => ({
  default: (await import('../features/programs/ProgramsPage')).ProgramsPage,
}));
const ProgramPage = lazy(async () => ({
  default: (await import('../features/programs/ProgramPage')).ProgramPage,
}));
const StatementPage = lazy(async () => ({
  default: (await import('../features/ledger/StatementPage')).StatementPage,
}));
const ClaimsPage = lazy(async () => ({
  default: (await import('../features/claims/ClaimsPage')).ClaimsPage,
}));
const ClaimPage = lazy(async () => ({
  default: (await import('../features/claims/ClaimPage')).ClaimPage,
}));
const TeamPage = lazy(async () => ({
  default: (await import('../features/team/TeamPage')).TeamPage,
}));
const ProductsPage = lazy(async () => ({
  default: (await import('../features/products/ProductsPage')).ProductsPage,
}));

function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Skeleton height={240} aria-busy="true" />}>{children}</Suspense>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="partners" element={<PartnersPage />} />
        <Route path="partners/:partnerId" element={<PartnerPage />} />
        <Route path="contacts" element={<ContactsPage />} />
        <Route
          path="calendar"
          element={
            <Loading>
              <CalendarPage />
            </Loading>
          }
        />
        <Route
          path="visits/plan"
          element={
            <Loading>
              <VisitPlannerPage />
            </Loading>
          }
        />
        <Route
          path="disputes"
          element={
            <Loading>
              <DisputesPage />
            </Loading>
          }
        />
        <Route
          path="disputes/library"
          element={
            <Loading>
              <CaseLibraryPage />
            </Loading>
          }
        />
        <Route
          path="disputes/:disputeId"
          element={
            <Loading>
              <DisputePage />
            </Loading>
          }
        />
        <Route
          path="retention"
          element={
            <Loading>
              <RetentionPage />
            </Loading>
          }
        />
        <Route
          path="retention/playbooks"
          element={
            <Loading>
              <PlaybooksPage />
            </Loading>
          }
        />
        <Route
          path="retention/:caseId"
          element={
            <Loading>
              <RetentionCasePage />
            </Loading>
          }
        />
        <Route
          path="reports"
          element={
            <Loading>
              <CaseReportsPage />
            </Loading>
          }
        />
        <Route
          path="sales"
          element={
            <Loading>
              <SalesPage />
            </Loading>
          }
        />
        <Route
          path="surveys"
          element={
            <Loading>
              <SurveysPage />
            </Loading>
          }
        />
        <Route
          path="import/:kind"
          element={
            <Loading>
              <ImportPage />
            </Loading>
          }
        />
        <Route
          path="settings/loyalty"
          element={
            <Loading>
              <LoyaltySettingsPage />
            </Loading>
          }
        />
        <Route
          path="programs"
          element={
            <Loading>
              <ProgramsPage />
            </Loading>
          }
        />
        <Route
          path="programs/:programId"
          element={
            <Loading>
              <ProgramPage />
            </Loading>
          }
        />
        <Route
          path="programs/:programId/statement/:partnerId"
          element={
            <Loading>
              <StatementPage />
            </Loading>
          }
        />
        <Route
          path="claims"
          element={
            <Loading>
              <ClaimsPage />
            </Loading>
          }
        />
        <Route
          path="claims/:claimId"
          element={
            <Loading>
              <ClaimPage />
            </Loading>
          }
        />
        <Route
          path="products"
          element={
            <Loading>
              <ProductsPage />
            </Loading>
          }
        />
        <Route
          path="team"
          element={
            <Loading>
              <TeamPage />
            </Loading>
          }
        />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
