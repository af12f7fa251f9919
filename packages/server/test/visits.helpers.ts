// Shared by the visit, risk and duplicate tests: the body of a visit as the phone sends it.
import { serviceDate } from '@hehu/domain';
import { randomUUID } from 'node:crypto';

/** A home visit today that saw the child and the carer; `extra` changes or adds fields. */
export function visitBody(childId: string, extra: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    childId,
    visitDate: serviceDate(),
    kind: 'home',
    seen: ['child', 'carer'],
    living: '住房安全，饮食正常',
    guardianship: '祖母照料，尽责',
    ...extra,
  };
}
