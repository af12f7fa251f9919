// The users module's public face: other modules import only from here (lint rule in eslint.config.js).
export { decideRequest, listRequests } from './requests.service.ts';
export { accountRequestSchema } from './users.schemas.ts';
