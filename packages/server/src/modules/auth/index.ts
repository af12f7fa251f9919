// The auth module's public face: other modules import only from here (lint rule in eslint.config.js).
export { deleteUserSessions } from './auth.store.ts';
