// The overview module's public face: other modules import only from here (lint rule in eslint.config.js).
export { BEHIND_REASONS, type BehindReason, type VillageRow } from './overview.store.ts';
