// The lifecycle module's routes: ending a file, transfers between villages, duplicate files.
import type { ApiRoute } from '../../platform/http.ts';
import { duplicateRoutes } from './duplicates.routes.ts';
import { lifecycleExportRoutes } from './lifecycle.exports.ts';
import { statusRoutes } from './status.routes.ts';
import { transferRoutes } from './transfers.routes.ts';

export const lifecycleRoutes: ApiRoute[] = [
  ...statusRoutes,
  ...transferRoutes,
  ...duplicateRoutes,
  ...lifecycleExportRoutes,
];
