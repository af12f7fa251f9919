// The tasks module's public face: other modules import only from here (lint rule in eslint.config.js).
export { accountTaskProviders, lockedAccountCount } from './tasks.service.ts';
