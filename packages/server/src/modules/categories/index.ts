// The categories module's public face: other modules import only from here (lint rule in eslint.config.js).
export { categoryTaskProviders } from './categories.tasks.ts';
export { categoryRows, isCategoryCode } from './facts.ts';
export { rulesOn } from './rules.ts';
export { refreshAllPotential } from './potential.ts';
export { refreshPotential } from './potential.ts';
