// The screens and their addresses. The calendar and the visit planner (with the schedule and date
// components) load when first opened, so starting the app does not wait for them.
import { Skeleton } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { ContactsPage } from '../features/contacts/ContactsPage';
import { HomePage } from '../features/home/HomePage';
import { SettingsPage } from '../features/owners/SettingsPage';
import { PartnerPage } from '../features/partners/PartnerPage';
import { PartnersPage } from '../features/partners/PartnersPage';
import { CaseLibraryPage } from '../features/case-library/CaseLibraryPage';
import { CaseReportsPage } from '../features/case-reports/CaseReportsPage';
import { DisputePage } from '../features/disputes/DisputePage';
import { DisputesPage } from '../features/disputes/DisputesPage';
import { PlaybooksPage } from '../features/retention/PlaybooksPage';
import { RetentionCasePage } from '../features/retention/RetentionCasePage';
import { RetentionPage } from '../features/retention/RetentionPage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';

const CalendarPage = lazy(async () => ({
  default: (await import('../features/calendar/CalendarPage')).CalendarPage,
}));
const VisitPlannerPage = lazy(async () => ({
  default: (await import('../features/visit-planner/VisitPlannerPage')).VisitPlannerPage,
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
        <Route path="disputes" element={<DisputesPage />} />
        <Route path="disputes/library" element={<CaseLibraryPage />} />
        <Route path="disputes/:disputeId" element={<DisputePage />} />
        <Route path="retention" element={<RetentionPage />} />
        <Route path="retention/playbooks" element={<PlaybooksPage />} />
        <Route path="retention/:caseId" element={<RetentionCasePage />} />
        <Route path="reports" element={<CaseReportsPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
