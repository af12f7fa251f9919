// What the account-request routes answer; the security module lists the same requests for approval.
import { z } from 'zod';

export const requestKind = z.enum(['reset_password', 'disable_user']);
const person = z.object({ username: z.string(), displayName: z.string() });
export const accountRequestSchema = z.object({
  id: z.string(),
  kind: requestKind,
  status: z.enum(['pending', 'approved', 'rejected']),
  target: person.extend({ id: z.string() }),
  requestedBy: person,
  requestedAt: z.string(),
  decidedBy: person.nullable(),
  decidedAt: z.string().nullable(),
  canDecide: z.boolean(),
  passwordReady: z.boolean(),
});
