// `npm run bench`: the performance budgets of ARCHITECTURE.md measured on generated data.
// Prints medians and tails; figures vary with the machine, so compare ratios across runs.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import sqlite3 from 'sqlite3';
import { openCore } from '../src/core';
import type { PartnerListInput } from '../src/shared/partners';
import { addMonths, monthOf } from '../src/shared/periods';
import { chromiumLaunchOptions } from '../tests/e2e/chromium';
import { benchBackup } from './backup';
import { benchImport } from './import';
import { benchIncentives } from './incentives';
import { benchSearch } from './search';
import { call, formatMs, percentile, report, timeRuns } from './stats';

const { values } = parseArgs({
  options: {
    partners: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '200' },
    'keep-data': { type: 'boolean', default: false },
    /** Reuse a folder filled by an earlier run or by seed:demo, skipping generation. */
    'data-dir': { type: 'string' },
    /** The same for the incentive programs' data set (1,000 partners, 1,000,000 claim lines). */
    'incentive-data-dir': { type: 'string' },
    /**
     * Run some parts, comma-separated: 'app' (partners, calendar, loyalty, dashboard, start),
     * 'incentives', 'import', 'search', 'backup'.
     */
    only: { type: 'string' },
  },
});
const partnerCount = Number(values.partners);
const runs = Number(values.runs);

const sections = values.only ? new Set(values.only.split(',').map((part) => part.trim())) : null;
const wanted = (section: string): boolean => sections === null || sections.has(section);

async function main(): Promise<void> {
  if (wanted('app')) await benchApp();
  if (wanted('incentives')) {
    await benchIncentives({
      ...(values['incentive-data-dir'] ? { dataDir: values['incentive-data-dir'] } : {}),
      keep: values['keep-data'],
      runs,
    });
  }
  if (wanted('import')) await benchImport();
  if (wanted('search')) await benchSearch();
  if (wanted('backup')) await benchBackup();
}

async function benchApp(): Promise<void> {
  const reuse = values['data-dir'];
  const dataDir = reuse ? path.resolve(reuse) : await mkdtemp(path.join(os.tmpdir(), 'ck-bench-'));
  console.log(`ChannelKeeper benchmark: ${runs} runs per query, data in ${dataDir}\n`);

  // 1. Generate the data set through the same procedure as "Load demo data".
  let core = await openCore({ dataDir });
  if (!reuse) {
    const generated = performance.now();
    // 24 months of sales for every partner: the loyalty benchmark's 2.4 million rows.
    const loaded = await call<{ partners: number; contacts: number }>(core, 'demo.load', {
      partners: partnerCount,
      fullSalesHistory: true,
    });
    const generateSeconds = (performance.now() - generated) / 1000;
    console.log(
      `generate ${loaded.partners} partners + ${loaded.contacts} contacts (one batch, change log included): ${generateSeconds.toFixed(1)} s`,
    );
  }
  // Reopen so the numbers below are of a running app, not of a just-written cache.
  await core.close();
  // Counted while no core holds the file (an open core keeps it locked).
  const caseCounts = await countCases(dataDir);
  core = await openCore({ dataDir });
  // Today's full loyalty recompute first, as the app does soon after start (so its daily run does
  // not land in the middle of the measurements below).
  const firstRecompute = performance.now();
  await call(core, 'loyalty.recomputeAll', { today: new Date().toISOString().slice(0, 10) });
  console.log(`first loyalty recompute of the day: ${formatMs(performance.now() - firstRecompute)}`);

  const facets = await call<{ regions: string[]; countries: string[]; tags: string[] }>(
    core,
    'partners.facets',
    {},
  );
  const owners = await call<{ id: string }[]>(core, 'owners.list', {});
  const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
  const variants: { label: string; input: (i: number) => PartnerListInput }[] = [
    {
      label: 'region filter, sort by name',
      input: (i) => ({ regions: [pick(facets.regions, i)], sort: 'name' }),
    },
    {
      label: 'country + type filter, sort by city',
      input: (i) => ({ countries: [pick(facets.countries, i)], types: ['dealer', 'retailer'], sort: 'city' }),
    },
    {
      label: 'owner + status filter, newest first',
      input: (i) => ({
        ownerIds: [pick(owners, i).id],
        statuses: ['active'],
        sort: 'updatedAt',
        direction: 'desc',
      }),
    },
    { label: 'tag filter, sort by name', input: (i) => ({ tags: [pick(facets.tags, i)] }) },
    { label: 'no filter, sort by owner', input: () => ({ sort: 'ownerName' }) },
    { label: 'no filter, scrolled to row 50,000', input: () => ({ offset: Math.floor(partnerCount / 2) }) },
  ];

  console.log('\npartner list page (filter + sort + 50 rows + total) through core.call:');
  const all: number[] = [];
  for (const variant of variants) {
    const samples = await timeRuns(runs, (i) =>
      call(core, 'partners.list', { ...variant.input(i), limit: 50 }),
    );
    all.push(...samples);
    report(`  ${variant.label}`, samples);
  }
  report('  all list variants', all, 10);

  // Search words taken from real partner names, so every query has matches.
  const sample = await call<{ rows: { name: string }[] }>(core, 'partners.list', {
    limit: 500,
    offset: 1000,
  });
  const words = sample.rows.flatMap((row) => row.name.split(/\s+/).filter((w) => w.length >= 4));
  const search = await timeRuns(runs, (i) =>
    call(core, 'partners.list', { search: pick(words, i * 7).slice(0, 5), limit: 50 }),
  );
  report('name search (FTS5 prefix), 50 rows + total', search, 20);
  const quick = await timeRuns(runs, (i) =>
    call(core, 'search.quick', { query: pick(words, i * 11).slice(0, 4) }),
  );
  report('Ctrl+K quick search (partners + contacts)', quick, 20);

  // The care calendar: one month of stored and derived events (birthdays, anniversaries).
  console.log('\ncare calendar (stored events, birthdays, anniversaries, festivals) through core.call:');
  const months = ['2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06'];
  const monthRange = (i: number) => {
    const month = pick(months, i);
    const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)), 0)).getUTCDate();
    return { from: `${month}-01`, to: `${month}-${last}` };
  };
  const calendarRuns = Math.max(20, Math.floor(runs / 4));
  // The agenda is for today (the demo data is generated around the real today): this week's days.
  const agendaDays = [0, 1, 2, 3, 4].map((offset) =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10),
  );
  const ownerMonth = await timeRuns(calendarRuns, (i) =>
    call(core, 'calendar.range', { ...monthRange(i), ownerIds: [pick(owners, i).id] }),
  );
  report('  month, one owner (~2,500 partners, ~7,500 contacts)', ownerMonth, 50);
  const regionMonth = await timeRuns(calendarRuns, (i) =>
    call(core, 'calendar.range', { ...monthRange(i), regions: [pick(facets.regions, i)] }),
  );
  report('  month, one region', regionMonth, 50);
  const dueVisits = await timeRuns(calendarRuns, (i) =>
    call(core, 'visits.due', { regions: [pick(facets.regions, i)], today: agendaDays[0]! }),
  );
  report('visits due in one region (planner)', dueVisits);
  const myAgenda = await timeRuns(calendarRuns, (i) =>
    call(core, 'agenda.home', { today: pick(agendaDays, i), ownerIds: [pick(owners, i).id] }),
  );
  report('home agenda (today + this week), one owner', myAgenda, 50);
  const icsExport = await timeRuns(Math.max(10, Math.floor(runs / 20)), (i) =>
    call(core, 'calendar.exportIcs', {
      from: agendaDays[0]!,
      to: new Date(Date.now() + 89 * 86_400_000).toISOString().slice(0, 10),
      ownerIds: [pick(owners, i).id],
    }),
  );
  report(".ics export, one owner's next 90 days", icsExport);

  // Disputes: the reports screen and the case library over the whole case history.
  console.log(
    `\ndisputes (${caseCounts.cases.toLocaleString('en')} cases, ${caseCounts.entries.toLocaleString('en')} timeline entries) through core.call:`,
  );
  const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
  const today = agendaDays[0]!;
  const caseRuns = Math.max(20, Math.floor(runs / 4));
  // The reports page opens on the last 90 days; a year is the longest period people pick.
  const quarterAgo = new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10);
  const quarterReport = await timeRuns(caseRuns, () =>
    call(core, 'disputes.report', { from: quarterAgo, to: today }),
  );
  report('  disputes report (all figures), last 90 days, whole team', quarterReport, 50);
  const teamReport = await timeRuns(caseRuns, () =>
    call(core, 'disputes.report', { from: yearAgo, to: today }),
  );
  report('  disputes report (all figures), last 12 months, whole team', teamReport, 50);
  const regionReport = await timeRuns(caseRuns, (i) =>
    call(core, 'disputes.report', { from: yearAgo, to: today, region: pick(facets.regions, i) }),
  );
  report('  disputes report (all figures), last 12 months, one region', regionReport, 50);
  const libraryWords = [
    'territory',
    'rebate',
    'price protection',
    'late deliveries',
    'exclusivity',
    'marketplace',
  ];
  const library = await timeRuns(caseRuns, (i) =>
    call(core, 'disputes.library', { text: pick(libraryWords, i) }),
  );
  report('  case library text search, 20 ranked results + total', library, 50);
  const openList = await timeRuns(caseRuns, (i) =>
    call(core, 'disputes.list', {
      statuses: ['open', 'investigating', 'resolution-proposed', 'escalated'],
      ownerId: pick(owners, i).id,
    }),
  );
  report("  one owner's open cases by due time, 50 rows + total", openList);
  const alerts = await timeRuns(caseRuns, (i) =>
    call(core, 'disputes.alerts', { ownerIds: [pick(owners, i).id] }),
  );
  report('  home screen SLA alerts, one owner', alerts);

  // Loyalty: the full recompute, one partner's recompute inside a write, and the home dashboard.
  console.log(
    `\nloyalty (${caseCounts.sales.toLocaleString('en')} sales rows, ${caseCounts.surveys.toLocaleString('en')} survey answers) through core.call:`,
  );
  const fullRecompute = await timeRuns(Math.max(3, Math.floor(runs / 20)), () =>
    call(core, 'loyalty.recomputeAll', { today }),
  );
  report('  full recompute (every partner: score, tier, risk)', fullRecompute, 5000);
  const someone = await call<{ rows: { id: string }[] }>(core, 'partners.list', {
    statuses: ['active'],
    limit: 500,
    offset: 2000,
  });
  const lastMonth = addMonths(monthOf(today), -1);
  const salesWrite = await timeRuns(caseRuns, (i) =>
    call(core, 'sales.save', {
      partnerId: pick(someone.rows, i).id,
      period: lastMonth,
      revenueMinor: 100_000 + i,
      units: 10,
      orders: 2,
      note: '',
      today,
    }),
  );
  report("  a sales month saved: write + that partner's recompute", salesWrite, 20);
  const explain = await timeRuns(caseRuns, (i) =>
    call(core, 'loyalty.partner', { partnerId: pick(someone.rows, i * 3).id, today }),
  );
  report("  a partner's score explained (partner page)", explain);
  const dashboardYear = { from: addMonths(monthOf(today), -11), to: monthOf(today), today };
  const teamDashboard = await timeRuns(caseRuns, () => call(core, 'dashboard.get', dashboardYear));
  report('  dashboard, last 12 months, whole team', teamDashboard, 300);
  const regionDashboard = await timeRuns(caseRuns, (i) =>
    call(core, 'dashboard.get', { ...dashboardYear, regions: [pick(facets.regions, i)] }),
  );
  report('  dashboard, last 12 months, one region', regionDashboard, 300);
  const ownerDashboard = await timeRuns(caseRuns, (i) =>
    call(core, 'dashboard.get', { ...dashboardYear, ownerIds: [pick(owners, i).id] }),
  );
  report('  dashboard, last 12 months, one owner', ownerDashboard, 300);

  const regionForRaw = facets.regions;
  const coreRegion = await timeRuns(runs, (i) =>
    call(core, 'partners.list', { regions: [pick(regionForRaw, i)], sort: 'name', limit: 50 }),
  );
  await core.close();

  // 2. The same region query in raw sqlite3 (same package, no Kysely, no validation).
  const raw = new sqlite3.Database(path.join(dataDir, 'channelkeeper.sqlite3'));
  const all3 = (sql: string, params: unknown[]) =>
    new Promise<unknown[]>((resolve, reject) =>
      raw.all(sql, params, (e, rows) => (e ? reject(e) : resolve(rows))),
    );
  // The statements the core runs for this page: the page's keys, then those rows in full, and
  // the total (which the core, and so this loop, counts once per filter until the next write).
  const idsSql = `select p.id from partners p where p.deleted_at is null and p.region in (?)
    order by p.name collate nocase asc, p.id asc limit 50 offset 0`;
  const rowsSql = `select s.score, s.tier, s.risk_level, p.id, p.name, p.legal_name, p.type, p.status, p.region,
      p.country, p.city, p.phone, p.email, p.website, p.owner_id, p.owner_name, p.partnership_start, p.tags,
      p.visit_cadence_days, p.care_status, p.care_status_until, p.care_status_note, p.created_at, p.updated_at,
      (select count(*) from contacts c where c.partner_id = p.id and c.deleted_at is null) as contact_count
    from partners p left join partner_scores s on s.partner_id = p.id
    where p.deleted_at is null and p.id in (${Array(50).fill('?').join(',')})`;
  const countSql = `select count(*) as n from partners p where p.deleted_at is null and p.region in (?)`;
  const counted = new Set<string>();
  const rawRegion = await timeRuns(runs, async (i) => {
    const region = pick(regionForRaw, i);
    const ids = (await all3(idsSql, [region])) as { id: string }[];
    await all3(rowsSql, [...ids.map((row) => row.id), ...Array(50 - ids.length).fill('')]);
    if (!counted.has(region)) {
      await all3(countSql, [region]);
      counted.add(region);
    }
  });
  await new Promise<void>((resolve) => raw.close(() => resolve()));
  report('region list through core.call', coreRegion);
  report('same region list in raw sqlite3', rawRegion);
  const ratio = percentile(coreRegion, 50) / percentile(rawRegion, 50);
  console.log(
    `core overhead (p50 core / p50 raw): ${ratio.toFixed(2)}×  (target ≤ 2×: ${ratio <= 2 ? 'met' : 'MISSED'})`,
  );

  // 3. Cold start of browser mode to the first list rendered in Chromium.
  const browser = await chromium.launch(chromiumLaunchOptions);
  const starts: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const server = spawn(process.execPath, ['out/web/cli.js', '--data-dir', dataDir, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const url = await new Promise<string>((resolve) => {
      let out = '';
      server.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
        if (match) resolve(match[1]!);
      });
    });
    const page = await browser.newPage();
    await page.goto(`${url}#/partners`);
    // The first data row of the partner table (not the header, not a loading placeholder).
    await page
      .locator('[role="table"] [role="rowgroup"]:nth-child(2) [role="row"]:not([data-testid="row-skeleton"])')
      .first()
      .waitFor({ state: 'visible', timeout: 30_000 });
    starts.push(performance.now() - started);
    await page.close();
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
  await browser.close();
  report('browser mode: process start to first list rendered', starts, 2000);
  console.log(`  each start: ${starts.map((ms) => formatMs(ms)).join(', ')}`);

  if (!values['keep-data'] && !reuse) await rm(dataDir, { recursive: true, force: true });
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/** How many cases, timeline entries, sales rows and survey answers the data set holds (read outside the core). */
async function countCases(
  dataDir: string,
): Promise<{ cases: number; entries: number; sales: number; surveys: number }> {
  const db = new sqlite3.Database(path.join(dataDir, 'channelkeeper.sqlite3'), sqlite3.OPEN_READONLY);
  const count = (table: string) =>
    new Promise<number>((resolve, reject) =>
      db.get<{ n: number }>(`select count(*) as n from ${table}`, (error, row) =>
        error ? reject(error) : resolve(row?.n ?? 0),
      ),
    );
  try {
    return {
      cases: await count('disputes'),
      entries: await count('dispute_entries'),
      sales: await count('sales_records'),
      surveys: await count('survey_responses'),
    };
  } finally {
    db.close();
  }
}
