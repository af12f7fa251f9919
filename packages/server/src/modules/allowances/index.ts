// The allowances module's public face: other modules import only from here (lint rule in eslint.config.js).
export { allowanceTaskProviders } from './allowances.tasks.ts';
