// The allowances module's public face: other modules import only from here (lint rule in eslint.config.js).
export { allowanceTaskProviders } from './allowances.tasks.ts';
// The age a category ends at follows the same rules the allowance pays by (applications' trigger scan).
export { allowanceRules } from './standards.store.ts';
