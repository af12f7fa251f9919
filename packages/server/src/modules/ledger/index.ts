// The ledger module's public face: other modules import only from here (lint rule in eslint.config.js).
export { inspectZip, verifyEntries } from './ledger.zip.ts';
