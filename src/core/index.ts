// The core's public surface for hosts: open it on a data folder and call procedures.
export { openCore, databaseFileName } from './core';
export type { Core, CoreOptions } from './core-api';
export { CoreStartupError, type StartupProblem } from './startup-error';
