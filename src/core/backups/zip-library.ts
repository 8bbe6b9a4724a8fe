// yauzl and yazl are CommonJS packages that require Node built-ins; the browser-mode host is one
// ES-module bundle, where a bundled `require('fs')` cannot run. Loading them at run time through
// Node's own require keeps them out of the bundle, in every host alike.
import { createRequire } from 'node:module';
import type yauzlModule from 'yauzl';
import type yazlModule from 'yazl';

const loadPackage = createRequire(import.meta.url);

export const yauzl = loadPackage('yauzl') as typeof yauzlModule;
export const yazl = loadPackage('yazl') as typeof yazlModule;
