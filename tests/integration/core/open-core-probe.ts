// Opens the core on the folder given as argument and prints the outcome as JSON. The read-only
// test runs it as an unprivileged user, because root may write to any file.
import { openCore, CoreStartupError } from '../../../src/core';

const dataDir = process.argv[2]!;
try {
  const core = await openCore({ dataDir });
  await core.close();
  console.log(JSON.stringify({ opened: true }));
} catch (error) {
  const problem = error instanceof CoreStartupError ? error.problem : 'UNEXPECTED';
  console.log(JSON.stringify({ opened: false, problem, message: (error as Error).message }));
}
