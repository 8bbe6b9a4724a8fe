// `npm run seed:demo -- --data-dir DIR [--partners N] [--full-sales-history]`: fills a data folder with demo data of any
// size, through the same procedure the "Load demo data" button calls.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openCore } from '../core';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      partners: { type: 'string', default: '150' },
      'full-sales-history': { type: 'boolean', default: false },
    },
  });
  if (!values['data-dir']) {
    console.error('Usage: npm run seed:demo -- --data-dir DIR [--partners N] [--full-sales-history]');
    process.exit(2);
  }
  const partners = Number(values.partners);
  const dataDir = path.resolve(values['data-dir']);
  const started = performance.now();
  const core = await openCore({ dataDir });
  const result = await core.call('demo.load', { partners, fullSalesHistory: values['full-sales-history'] });
  await core.close();
  if (!result.ok) {
    console.error(`Could not load demo data: ${result.error.message}`);
    process.exit(1);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const { value } = result;
  console.log(
    `Loaded ${value.partners} partners, ${value.contacts} contacts and ${value.owners} owners into ${core.dataFile} in ${seconds} s.`,
  );
}

void main();
