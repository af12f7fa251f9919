// The route table: every API route of every module. A new module adds its list here.
import { z } from 'zod';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { categoryRoutes } from './modules/categories/categories.routes.ts';
import { categoryTaskProviders } from './modules/categories/index.ts';
import { childrenRoutes } from './modules/children/children.routes.ts';
import { photoRoutes } from './modules/children/photo.routes.ts';
import { placementRoutes } from './modules/children/placement.routes.ts';
import { divisionRoutes } from './modules/divisions/divisions.routes.ts';
import { documentRoutes } from './modules/documents/documents.routes.ts';
import { familyRoutes } from './modules/family/family.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { ledgerRoutes } from './modules/ledger/ledger.routes.ts';
import { lifecycleRoutes } from './modules/lifecycle/lifecycle.routes.ts';
import { lifecycleTaskProviders } from './modules/lifecycle/index.ts';
import { securityAlertRoutes } from './modules/security-events/alerts.routes.ts';
import { securityRoutes } from './modules/security/security.routes.ts';
import { accountTaskProviders } from './modules/tasks/index.ts';
import { taskRoutes } from './modules/tasks/tasks.routes.ts';
import { userRoutes } from './modules/users/users.routes.ts';
import { overviewRoutes } from './modules/overview/overview.routes.ts';
import { securityTaskProviders } from './modules/security/index.ts';
import { defineRoute, type ApiRoute } from './platform/http.ts';
import { buildOpenApi } from './platform/openapi.ts';
import { ROUTE_ERRORS } from './routes.errors.ts';
import type { TaskProvider } from './platform/tasks.ts';
import { VERSION } from './version.ts';
import { applicationRoutes } from './modules/applications/applications.routes.ts';
import { applicationTaskProviders, reverificationTaskProviders } from './modules/applications/index.ts';
import { paperRoutes } from './modules/applications/papers.routes.ts';
import { reverificationRoutes } from './modules/applications/reverification.routes.ts';
import { visitPhotoRoutes } from './modules/visits/visit-photos.routes.ts';
import { visitRoutes } from './modules/visits/visits.routes.ts';
import { visitRulesRoutes } from './modules/visits/visit-rules.routes.ts';
import { visitTaskProviders } from './modules/visits/index.ts';
import { riskRoutes } from './modules/risk/risk.routes.ts';
import { riskInstrumentRoutes } from './modules/risk/risk-instrument.routes.ts';
import { riskTaskProviders } from './modules/risk/index.ts';
import { careRoutes } from './modules/left-behind/care.routes.ts';
import { calendarRoutes } from './modules/calendar/calendar.routes.ts';
import { calendarTaskProviders } from './modules/calendar/index.ts';
import { careTaskProviders } from './modules/left-behind/index.ts';
import { allowanceAccountRoutes } from './modules/allowances/accounts.routes.ts';
import { allowanceRulesRoutes } from './modules/allowances/allowance-rules.routes.ts';
import { schoolingRoutes } from './modules/allowances/schooling.routes.ts';
import { allowanceLedgerRoutes } from './modules/allowances/ledger.routes.ts';
import { allowanceRollRoutes } from './modules/allowances/rolls.routes.ts';
import { allowanceTaskProviders } from './modules/allowances/index.ts';
import { allowanceBankLayoutRoutes } from './modules/allowances/bank-layouts.routes.ts';
import { allowanceBankRoutes } from './modules/allowances/bank.routes.ts';
import { caseDocumentRoutes } from './modules/cases/case-documents.routes.ts';
import { caseRoutes } from './modules/cases/cases.routes.ts';
import { partnerRoutes } from './modules/cases/partners.routes.ts';
import { tierRoutes } from './modules/cases/tiers.routes.ts';
import { partnerUnitRoutes } from './modules/cases/partner-units.routes.ts';
import { caseTaskProviders } from './modules/cases/index.ts';

/** Every module's home-page work, in one place. Later modules (visits, approvals, cases) add theirs here. */
const taskProviders: readonly TaskProvider[] = [
  ...categoryTaskProviders,
  ...accountTaskProviders,
  ...lifecycleTaskProviders,
  ...applicationTaskProviders,
  ...reverificationTaskProviders,
  ...visitTaskProviders,
  ...riskTaskProviders,
  ...careTaskProviders,
  ...allowanceTaskProviders,
  ...caseTaskProviders,
  ...calendarTaskProviders,
  ...securityTaskProviders,
];

const moduleRoutes: ApiRoute[] = [
  ...healthRoutes,
  ...authRoutes,
  ...taskRoutes(taskProviders),
  ...divisionRoutes,
  ...childrenRoutes,
  ...photoRoutes,
  ...placementRoutes,
  ...documentRoutes,
  ...lifecycleRoutes,
  ...familyRoutes,
  ...categoryRoutes,
  ...ledgerRoutes,
  ...userRoutes,
  ...securityRoutes,
  ...securityAlertRoutes,
  ...auditRoutes,
  ...applicationRoutes,
  ...reverificationRoutes,
  ...paperRoutes,
  ...visitRulesRoutes,
  ...visitRoutes,
  ...visitPhotoRoutes,
  ...riskRoutes,
  ...riskInstrumentRoutes,
  ...careRoutes,
  ...calendarRoutes,
  ...allowanceRollRoutes,
  ...allowanceBankRoutes,
  ...allowanceBankLayoutRoutes,
  ...caseRoutes,
  ...caseDocumentRoutes,
  ...partnerRoutes,
  ...tierRoutes,
  ...partnerUnitRoutes,
  ...allowanceAccountRoutes,
  ...allowanceRulesRoutes,
  ...schoolingRoutes,
  ...allowanceLedgerRoutes,
  ...overviewRoutes,
];

const openApiRoute = defineRoute({
  method: 'GET',
  url: '/api/openapi.json',
  access: 'public',
  summary: 'OpenAPI 文档 OpenAPI document',
  tags: ['system'],
  response: z.record(z.string(), z.unknown()),
  handler: () => Promise.resolve(openApiDocument()),
});

export const apiRoutes: readonly ApiRoute[] = [...moduleRoutes, openApiRoute];

let cachedDocument: Record<string, unknown> | undefined;
export function openApiDocument(): Record<string, unknown> {
  cachedDocument ??= buildOpenApi(apiRoutes, VERSION, ROUTE_ERRORS);
  return cachedDocument;
}
