// The lifecycle module's public face: other modules import only from here (lint rule in eslint.config.js).
export { lifecycleTaskProviders } from './lifecycle.tasks.ts';
export { scanDuplicates } from './duplicates.store.ts';
