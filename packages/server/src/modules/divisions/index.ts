// The divisions module's public face: other modules import only from here (lint rule in eslint.config.js).
export { divisionPath, divisionPathNames, divisionPaths } from './divisions.store.ts';
