// The risk module's public face: other modules import only from here (lint rule in eslint.config.js).
export { riskTaskProviders } from './risk.tasks.ts';
export { seedRiskInstrument } from './risk.instrument.ts';
