// The home agenda query: what needs doing today and this week (greetings to send, visits due,
// commitments due, planned events), overdue first, and the reminders whose lead time has come.
// Each source reads only its own look-ahead; arrange.ts decides where each item goes.
import type { z } from 'zod';
import type { Agenda, agendaInputSchema } from '../../shared/agenda';
import type { CoreContext } from '../context';
import { readCareSettings } from '../care/settings';
import { agendaWindow, furthestAhead } from './agenda-window';
import { arrangeAgenda } from './arrange';
import { commitmentItems } from './commitment-items';
import { eventItems } from './event-items';
import { festivalItems } from './festival-items';
import { greetingItems } from './greeting-items';
import { visitItems } from './visit-items';

export type AgendaQuery = z.output<typeof agendaInputSchema>;

export async function homeAgenda(ctx: CoreContext, input: AgendaQuery): Promise<Agenda> {
  const { reminderLeadDays } = await readCareSettings(ctx);
  const window = agendaWindow(input.today, input.days, reminderLeadDays);
  const { today, aheadUntil } = window;
  const sources = await Promise.all([
    commitmentItems(ctx, input.ownerIds, today, aheadUntil.other),
    visitItems(ctx, input.ownerIds, today, aheadUntil.visit),
    eventItems(ctx, {
      ownerIds: input.ownerIds,
      today,
      since: window.eventsSince,
      until: furthestAhead(window),
      timeZone: input.timeZone,
    }),
    greetingItems(ctx, {
      ownerIds: input.ownerIds,
      today,
      timeZone: input.timeZone,
      birthdays: { from: window.greetingsSince, to: aheadUntil.birthday },
      anniversaries: { from: window.greetingsSince, to: aheadUntil.anniversary },
    }),
    festivalItems(
      ctx,
      input.ownerIds,
      today,
      { from: window.greetingsSince, to: aheadUntil.festival },
      input.language ?? null,
    ),
  ]);
  return arrangeAgenda(sources.flat(), window, reminderLeadDays, input.limit);
}
