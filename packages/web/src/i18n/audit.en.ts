import type auditZh from './audit.zh-CN';

const auditEn: typeof auditZh = {
  audit: {
    title: 'Audit log',
    at: 'Time',
    actor: 'Actor',
    action: 'Action',
    targetType: 'Target type',
    targetId: 'Target id',
    outcome: 'Outcome',
    outcomeValue: {
      success: 'Success',
      failure: 'Failure',
    },
    range: 'Period',
    ip: 'IP address',
    requestId: 'Request id',
    before: 'Before',
    after: 'After',
    details: 'Details',
    nothing: '(none)',
    chain: {
      intro: 'The audit trail is sealed in an SM3 hash chain; verify it at any time',
      verify: 'Verify integrity',
      ok: 'Integrity verified: the chain of {{sealed}} records is intact ({{when}})',
      broken: 'Integrity check failed: audit record #{{id}} {{reason}}; the {{sealed}} before it are intact',
      unsealed: '{{count}} records are still unsealed after 5 minutes',
      checkedAt: 'Checked {{when}}',
      reason: {
        content_changed: 'was changed',
        link_broken: 'breaks the chain (a record was removed or reordered)',
        row_missing: 'is missing',
      },
    },
  },
};

export default auditEn;
