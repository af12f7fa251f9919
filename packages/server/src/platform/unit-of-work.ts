// One unit of work per request: one transaction that holds the change, its audit rows and its history, run as
// the non-owner role `hehu_app` with the caller's reach in transaction-local settings, so PostgreSQL's row-level
// security (migration 0006) refuses every child-owned row outside that reach even where a query forgets its own
// scope condition. Request code receives only this transaction; the bare database handle stays in the platform.
import type { Database, Tx } from '../db/connection.ts';
import type { Actor } from './access.ts';
import { AppError } from './errors.ts';
import type { Permission } from './permissions.ts';

/** The application role the request transaction runs as (created by migration 0006). */
export const APPLICATION_ROLE = 'hehu_app';

/** Permissions that reach child data: the database-level reach is the union of their grants' scopes. */
const CHILD_DATA_PERMISSIONS: readonly Permission[] = [
  'children:read',
  'children:write',
  'children:unmask',
  'children:export',
  'categories:record',
  'applications:file',
  'applications:verify',
  'applications:approve',
  'visits:record',
  'cases:read',
  'cases:work',
  'cases:supervise',
];

/** Everything an actor may reach in child data, over all of its grants: the database's second line. */
export interface Reach {
  readonly prefixes: readonly string[];
  readonly institutionIds: readonly string[];
  /** Partner units (migration 0024): a partner sees the cases referred to it, only through its referrals. */
  readonly partnerUnitIds: readonly string[];
}

export function reachOf(actor: Actor | null): Reach {
  const prefixes = new Set<string>();
  const institutionIds = new Set<string>();
  const partnerUnitIds = new Set<string>();
  for (const grant of actor?.grants ?? []) {
    if (grant.partnerUnitId) partnerUnitIds.add(grant.partnerUnitId);
    if (!grant.permissions.some((p) => (CHILD_DATA_PERMISSIONS as readonly string[]).includes(p))) continue;
    for (const prefix of grant.prefixes) prefixes.add(prefix);
    if (grant.institutionId) institutionIds.add(grant.institutionId);
  }
  return { prefixes: [...prefixes], institutionIds: [...institutionIds], partnerUnitIds: [...partnerUnitIds] };
}

/**
 * Switches the open transaction to the application role with the caller's reach. Settings are
 * transaction-local: they end with the transaction, so a pooled connection never carries them to the next request.
 * `rowLevelSecurity: false` keeps the owner role (tests use it to show the application's own conditions at work).
 */
export async function enterReach(
  database: Database,
  tx: Tx,
  actor: Actor | null,
  rowLevelSecurity: boolean,
): Promise<Reach> {
  const reach = reachOf(actor);
  // The role last: the settings are written by the owner, then the transaction runs as the application.
  await database.setLocal(tx, {
    'hehu.user_id': actor?.userId ?? '',
    'hehu.reach_prefixes': reach.prefixes.join(','),
    'hehu.reach_institutions': reach.institutionIds.join(','),
    'hehu.partner_units': reach.partnerUnitIds.join(','),
    ...(rowLevelSecurity ? { role: APPLICATION_ROLE } : {}),
  });
  return reach;
}

/**
 * Thrown by request code whose failure must still be stored: a failed sign-in's counter and audit row, a refused
 * duplicate check counted toward the daily limit. The platform commits what the request wrote, then answers with
 * `error`. Anything else thrown rolls the whole request back.
 */
export class FailureToRecord extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
  }
}

export function recordThenFail(error: AppError): never {
  throw new FailureToRecord(error);
}
