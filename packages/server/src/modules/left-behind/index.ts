// The left-behind module's public face: other modules import only from here (lint rule in eslint.config.js).
export { careTaskProviders } from './care.tasks.ts';
