// `npm run lint:security`: runs Electronegativity over src/ and fails on any finding of medium or
// high severity that security/electronegativity-exceptions.json does not accept with a reason, and
// on an exception that matches nothing any more. Works offline: the Electron version is given (so
// it does not ask the internet), and its "could not retrieve translations" warning is harmless.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const GATED = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

/** RFC 4180-style rows: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      if (row.some((value) => value.trim() !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  row.push(field);
  if (row.some((value) => value.trim() !== '')) rows.push(row);
  return rows;
}

function electronVersion() {
  const electron = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'));
  return electron.version;
}

const workDir = mkdtempSync(join(tmpdir(), 'ck-electronegativity-'));
const report = join(workDir, 'findings.csv');
try {
  const bin = join(
    root,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity',
  );
  const run = spawnSync(bin, ['-i', 'src', '-r', '-e', electronVersion(), '-v', 'false', '-o', report], {
    cwd: root,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr);
    throw new Error(`electronegativity exited with ${run.status}`);
  }
  const [header, ...rows] = parseCsv(readFileSync(report, 'utf8'));
  const column = (name) => header.findIndex((title) => title.trim() === name);
  const [issue, severity, file, location] = ['issue', 'severity', 'filename', 'location'].map(column);
  const findings = rows.map((row) => ({
    check: row[issue].trim(),
    severity: row[severity].trim().toUpperCase(),
    file: row[file].trim(),
    location: row[location].trim(),
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
  for (const finding of findings)
    bySeverity.set(finding.severity, (bySeverity.get(finding.severity) ?? 0) + 1);
  console.log(
    `Electronegativity: ${findings.length} findings (${[...bySeverity].map(([level, n]) => `${n} ${level.toLowerCase()}`).join(', ') || 'none'}); ${gated.length - refused.length} medium/high accepted in security/electronegativity-exceptions.json.`,
  );
  for (const finding of refused) {
    console.error(`  ${finding.severity} ${finding.check} at src/${finding.file}:${finding.location}`);
  }
  for (const exception of stale) {
    console.error(
      `  stale exception: ${exception.check} in src/${exception.file} no longer found; remove it`,
    );
  }
  if (refused.length > 0 || stale.length > 0) {
    console.error('Fix the findings above, or accept them with a justification in the exceptions file.');
    process.exitCode = 1;
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
