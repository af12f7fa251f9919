// The family module's public face: other modules import only from here (lint rule in eslint.config.js).
export {
  type ChangeContext,
  checkNotBefore,
  conflict,
  requireChangeableChild,
  requireChild,
} from './change-context.ts';
export { isoDate, SITUATION_CODES } from './family.schemas.ts';
export {
  isCurrent,
  loadRelations,
  loadSituations,
  type PersonRow,
  readDetails,
  type RelationKind,
  type RelationRow,
  type SituationRow,
} from './family.store.ts';
