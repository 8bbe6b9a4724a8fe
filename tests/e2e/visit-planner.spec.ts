import Holidays from 'date-holidays';
import { expect, test } from './browser-mode';
import { choose, escapeRegExp, isoDate, rpc, snapshot } from './ui';

/** The first Malaysian public holiday in a week that lies wholly after today, and that week's Monday. */
function nextHolidayWeek(): { holiday: string; name: string; monday: string } {
  const today = isoDate(new Date());
  const calendar = new Holidays('MY');
  const year = Number(today.slice(0, 4));
  for (const y of [year, year + 1]) {
    for (const holiday of calendar.getHolidays(y, 'ms')) {
      if (holiday.type !== 'public') continue;
      const date = holiday.date.slice(0, 10);
      const day = new Date(`${date}T12:00:00`);
      const monday = new Date(day);
      monday.setDate(day.getDate() - ((day.getDay() + 6) % 7));
      if (isoDate(monday) > today) return { holiday: date, name: holiday.name, monday: isoDate(monday) };
    }
  }
  throw new Error('no Malaysian public holiday ahead');
}

test('plan a week of visits with the planner: by city, holiday warning, bundled greeting, undo', async ({
  app,
  page,
}, testInfo) => {
  const week = nextHolidayWeek();
  const longAgo = `${Number(week.monday.slice(0, 4)) - 2}-01-15`;
  await app.open(page);
  const partner = async (name: string, city: string, region = 'North') =>
    (
      await rpc<{ id: string }>(page, 'partners.create', {
        partner: { name, type: 'dealer', country: 'MY', region, city, partnershipStart: longAgo },
      })
    ).id;
  const maju = await partner('Maju Jaya', 'George Town');
  await partner('Sinar Elektrik', 'George Town');
  await partner('Ipoh Motor', 'Ipoh');
  await partner('Johor Parts', 'Johor Bahru', 'South');
  // A birthday on the holiday itself: a visit that week can bring the greeting.
  await rpc(page, 'contacts.create', {
    partnerId: maju,
    name: 'Tan Wei Ming',
    birthday: `--${week.holiday.slice(5)}`,
  });

  await page.getByRole('link', { name: 'Visit planner', exact: true }).click();
  await expect(page.getByText('Choose a region to plan')).toBeVisible();
  await snapshot(page, testInfo, 'planner-choose-region');
  await choose(page.getByRole('group', { name: 'Plan' }), 'Region', 'North');
  await page.getByLabel('Week of').fill(week.holiday);
  await expect(page.getByLabel('Week of')).toHaveValue(week.monday);

  const georgeTown = page.getByRole('region', { name: 'George Town' });
  const ipoh = page.getByRole('region', { name: 'Ipoh' });
  await expect(georgeTown).toContainText('2 partners');
  await expect(ipoh).toContainText('1 partner');
  await expect(page.getByRole('region', { name: 'Johor Bahru' })).toHaveCount(0);
  await expect(page.getByTestId('planner-holidays')).toContainText(week.name);

  const majuRow = georgeTown.getByRole('listitem', { name: 'Maju Jaya' });
  await expect(majuRow).toContainText(/days overdue/);
  await expect(majuRow).toContainText('Never visited');
  const holidayDay = majuRow
    .getByRole('group', { name: 'Visit day for Maju Jaya' })
    .getByRole('button', { name: new RegExp(escapeRegExp(week.name)) });
  await holidayDay.click();
  await expect(holidayDay).toHaveAttribute('aria-pressed', 'true');
  await expect(majuRow).toContainText(`${week.name} is a public holiday in Malaysia`);
  const bring = majuRow.getByRole('checkbox', { name: /^Bring greetings: birthday of Tan Wei Ming/ });
  await expect(bring).toBeChecked();

  // Monday is never the holiday here unless the holiday is on Monday; pick a plain day then.
  const sinarDays = georgeTown.getByRole('group', { name: 'Visit day for Sinar Elektrik' });
  await sinarDays
    .getByRole('button', { name: /^(Tue|Wed)/ })
    .first()
    .click();
  await ipoh.getByRole('button', { name: 'Plan every partner in Ipoh on one day' }).click();
  await page.getByRole('menuitem', { name: /^Thu/ }).click();
  await expect(page.getByTestId('planner-selected')).toHaveText('3 visits selected');
  await snapshot(page, testInfo, 'planner-week-chosen');

  await page.getByRole('button', { name: 'Schedule visits' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'Planned 3 visits' });
  await expect(notice).toBeVisible();
  await expect(page.getByText('No partner in North due this week')).toBeVisible();
  await snapshot(page, testInfo, 'planner-all-scheduled');

  // One undo takes all three back.
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(georgeTown).toContainText('2 partners');
  await expect(ipoh).toContainText('1 partner');

  // Plan them again, then find the visit with its greeting on the partner's page.
  await georgeTown
    .getByRole('group', { name: 'Visit day for Maju Jaya' })
    .getByRole('button', { name: new RegExp(escapeRegExp(week.name)) })
    .click();
  await page.getByRole('button', { name: 'Schedule visits' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Planned 1 visit' })).toBeVisible();
  await expect(georgeTown.getByRole('listitem', { name: 'Maju Jaya' })).toHaveCount(0);
  await expect(georgeTown).toContainText('1 partner');
  const events = await rpc<{ start: string; kind: string; description: string }[]>(
    page,
    'careEvents.listForPartner',
    { partnerId: maju },
  );
  expect(events).toEqual([
    expect.objectContaining({
      kind: 'visit',
      start: week.holiday,
      description: expect.stringMatching(/^Bring greetings: birthday of Tan Wei Ming/),
    }),
  ]);
  await page.goto(`${new URL(app.url).origin}/#/partners/${maju}`);
  await expect(page.getByTestId('partner-timeline')).toContainText('Visit Maju Jaya');
});

test('the planner says when nobody is due, when scheduling fails and when the plan cannot load', async ({
  app,
  page,
}, testInfo) => {
  await app.open(page);
  await page.getByRole('link', { name: 'Visit planner', exact: true }).click();
  await expect(page.getByText('No partner has a region yet')).toBeVisible();

  await rpc(page, 'partners.create', {
    partner: { name: 'Fresh Dealer', type: 'dealer', country: 'MY', region: 'North', city: 'Ipoh' },
  });
  await rpc(page, 'partners.create', {
    partner: {
      name: 'Old Dealer',
      type: 'dealer',
      country: 'MY',
      region: 'South',
      city: 'Melaka',
      partnershipStart: '2020-01-01',
    },
  });
  const origin = new URL(app.url).origin;
  // The home agenda links here with its region.
  await page.goto(`${origin}/#/visits/plan?region=North`);
  await expect(page.getByText('No partner in North due this week')).toBeVisible();
  await snapshot(page, testInfo, 'planner-empty');
  await page.getByRole('button', { name: 'Plan next week' }).click();
  await expect(page.getByRole('button', { name: 'Previous week' })).toBeEnabled();

  // A refusal from the core is shown on the visit it concerns, and nothing is lost.
  await choose(page.getByRole('group', { name: 'Plan' }), 'Region', 'South');
  const row = page.getByRole('listitem', { name: 'Old Dealer' });
  await row.getByRole('group', { name: 'Visit day for Old Dealer' }).getByRole('button').last().click();
  await page.route('**/rpc/visits.schedule', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'Some visits cannot be planned as chosen; nothing was scheduled.',
          fields: { 'visits.0.partnerId': { key: 'validation.id', message: 'Unknown reference.' } },
        },
      }),
    }),
  );
  await page.getByRole('button', { name: 'Schedule visits' }).click();
  await expect(row.getByRole('alert')).toHaveText('Unknown reference.');
  await expect(page.getByRole('region', { name: 'Selected visits' })).toContainText(
    'Some visits cannot be planned as chosen; nothing was scheduled.',
  );
  await expect(page.getByTestId('planner-selected')).toHaveText('1 visit selected');
  await snapshot(page, testInfo, 'planner-schedule-refused');

  await page.route('**/rpc/visits.plan', (route) => route.fulfill({ status: 500, body: 'boom' }));
  await page.getByRole('button', { name: 'Next week', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The plan could not be loaded' })).toBeVisible();
  await snapshot(page, testInfo, 'planner-error');
});
