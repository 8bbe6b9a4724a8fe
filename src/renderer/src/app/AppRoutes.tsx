// The screens and their addresses.
import { Route, Routes } from 'react-router';
import { CalendarPage } from '../features/calendar/CalendarPage';
import { ContactsPage } from '../features/contacts/ContactsPage';
import { HomePage } from '../features/home/HomePage';
import { SettingsPage } from '../features/owners/SettingsPage';
import { PartnerPage } from '../features/partners/PartnerPage';
import { PartnersPage } from '../features/partners/PartnersPage';
import { VisitPlannerPage } from '../features/visit-planner/VisitPlannerPage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="partners" element={<PartnersPage />} />
        <Route path="partners/:partnerId" element={<PartnerPage />} />
        <Route path="contacts" element={<ContactsPage />} />
        <Route path="calendar" element={<CalendarPage />} />
        <Route path="visits/plan" element={<VisitPlannerPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
