import { expect, test } from './browser-mode';
import { loadDemoData, rpc } from './ui';

test('look at the demo incentives', async ({ app, page }, testInfo) => {
  test.setTimeout(240_000);
  await app.open(page);
  await loadDemoData(page);
  const shot = async (name: string) => {
    await page.waitForTimeout(1500);
    await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  };
  await page.getByRole('link', { name: 'Programs', exact: true }).click();
  await shot('1-programs');
  const programs = await rpc<{ id: string; name: string }[]>(page, 'programs.list', {});
  const dealer = programs.find((p) => p.name.startsWith('Dealer Rewards'))!;
  const coop = programs.find((p) => p.name.startsWith('Co-op'))!;
  for (const tab of ['overview', 'rules', 'claims', 'leaderboard', 'settlement', 'rewards']) {
    await page.evaluate(([id, t]) => void (window.location.hash = `#/programs/${id}?tab=${t}`), [dealer.id, tab]);
    await shot(`2-dealer-${tab}`);
  }
  await page.evaluate((id) => void (window.location.hash = `#/programs/${id}?tab=funds`), coop.id);
  await shot('3-coop-funds');
  const participants = await rpc<{ rows: { partnerId: string }[] }>(page, 'programs.participants', { programId: dealer.id });
  await page.evaluate((id) => void (window.location.hash = `#/partners/${id}`), participants.rows[0]!.partnerId);
  await expect(page.getByRole('region', { name: 'Incentive programs' })).toBeVisible();
  await page.getByRole('region', { name: 'Incentive programs' }).scrollIntoViewIfNeeded();
  await shot('4-partner');
  await page.evaluate(([p, id]) => void (window.location.hash = `#/programs/${p}/statement/${id}`), [dealer.id, participants.rows[0]!.partnerId]);
  await shot('5-statement');
  await page.getByRole('link', { name: 'Claims', exact: true }).click();
  await shot('6-claims');
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await shot('7-home');
});
