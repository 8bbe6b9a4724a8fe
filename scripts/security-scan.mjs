// `npm run lint:security`: runs Electronegativity over src/ and fails on any finding of medium or
// high severity that security/electronegativity-exceptions.json does not accept with a reason, and
// on an exception that matches nothing any more. Works offline: the Electron version is given, and
// its messages about translations and Electron's release list it could not fetch are harmless.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const GATED = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

function electronVersion() {
  const electron = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'));
  return electron.version;
}

// The scanner's own runner, called in-process: its CSV output writes the header and the rows with
// two unawaited writes that race, and a CI run once read a file whose first row the header had
// overwritten. The runner's answer has every finding as an object.
const require = createRequire(import.meta.url);
const runElectronegativity = require('@doyensec/electronegativity');
const { issues } = await runElectronegativity(
  {
    input: join(root, 'src'),
    isRelative: true,
    isVerbose: false,
    electronVersionOverride: electronVersion(),
    parserPlugins: [],
  },
  false,
);
const findings = issues.map((issue) => ({
  check: issue.id,
  severity: issue.severity.name.toUpperCase(),
  file: issue.file,
  location: `${issue.location.line}:${issue.location.column}`,
}));

const { exceptions } = JSON.parse(
  readFileSync(join(root, 'security', 'electronegativity-exceptions.json'), 'utf8'),
);
const accepted = (finding) =>
  exceptions.some((exception) => exception.check === finding.check && exception.file === finding.file);
const gated = findings.filter((finding) => GATED.has(finding.severity));
const refused = gated.filter((finding) => !accepted(finding));
const stale = exceptions.filter(
  (exception) =>
    !gated.some((finding) => finding.check === exception.check && finding.file === exception.file),
);

const bySeverity = new Map();
for (const finding of findings) bySeverity.set(finding.severity, (bySeverity.get(finding.severity) ?? 0) + 1);
console.log(
  `Electronegativity: ${findings.length} findings (${[...bySeverity].map(([level, n]) => `${n} ${level.toLowerCase()}`).join(', ') || 'none'}); ${gated.length - refused.length} medium/high accepted in security/electronegativity-exceptions.json.`,
);
for (const finding of refused) {
  console.error(`  ${finding.severity} ${finding.check} at src/${finding.file}:${finding.location}`);
}
for (const exception of stale) {
  console.error(`  stale exception: ${exception.check} in src/${exception.file} no longer found; remove it`);
}
if (refused.length > 0 || stale.length > 0) {
  console.error('Fix the findings above, or accept them with a justification in the exceptions file.');
  process.exitCode = 1;
}
