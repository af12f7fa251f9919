// The security module's public face: other modules import only from here (lint rule in eslint.config.js).
export { securityTaskProviders } from './security.tasks.ts';
