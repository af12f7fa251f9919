// The categories module's public face: other modules import only from here (lint rule in eslint.config.js).
export { categoryTaskProviders } from './categories.tasks.ts';
export { categoryRows, isCategoryCode } from './facts.ts';
export { rulesOn } from './rules.ts';
export { refreshAllPotential } from './potential.ts';
// Approval of an application writes and ends categories through the same service as a recorded decision.
export { endCategory, recordCategory } from './categories.service.ts';
export { factsFor } from './facts.ts';
export { reasonSchema } from './categories.schemas.ts';
export { refreshPotential } from './potential.ts';
