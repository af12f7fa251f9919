// The children module's public face: other modules import only from here (lint rule in eslint.config.js).
export { certificateColumns } from './certificate.ts';
export { auditedFilter, childFilterQuery, toChildFilter } from './children.filters.ts';
export {
  childDetail,
  childListItem,
  createChildBody,
  type CreateChildInput,
  SCHOOLING_STAGES,
} from './children.schemas.ts';
export { childDetailView, maskAddress, recordHistory } from './children.service.ts';
export { type ChildRow, childWhere, getChildRow } from './children.store.ts';
export { identityFromIdNumber, resolveIdentity } from './identity.ts';
