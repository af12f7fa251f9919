import type personLinksZh from './personLinks.zh-CN';

const personLinksEn: typeof personLinksZh = {
  personLinks: {
    title: 'Person link requests',
    intro:
      'A person another area has registered (found by ID number) is not linked at once: the area of a child related to that person confirms. Until then the requesting side sees only what it typed.',
    incoming: 'Waiting for us',
    outgoing: 'Sent by us',
    pending: 'Pending',
    all: 'All',
    requestingChild: 'Requesting child',
    kind: 'Relation',
    typed: 'Typed by the requester',
    recorded: 'Recorded here',
    requestedBy: 'Requested by',
    requestedAt: 'Requested at',
    status: 'Status',
    decision: 'Decision',
    statusValue: { pending: 'Pending', confirmed: 'Confirmed', rejected: 'Rejected', cancelled: 'Cancelled' },
    confirm: 'Confirm',
    reject: 'Reject',
    cancel: 'Cancel request',
    confirmTitle: 'Is “{{typed}}” the same person as “{{recorded}}” recorded here?',
    confirmHint:
      "Once confirmed, the requesting child is related to this person and the requester sees the person's details and situations.",
    rejectTitle: 'Reject the link request for “{{typed}}”',
    rejectNote: 'Give the reason for rejecting',
    cancelTitle: 'Cancel the link request for “{{typed}}”',
    note: 'Note',
    done: 'Done',
    empty: 'No link requests',
    notReady: 'Link requests are not available yet',
    requested:
      'This person is registered by another area: a link request was sent, and the person is shown once that area confirms',
    familySection: 'Link requests',
    waiting: 'Waiting for the other area',
    rejectedBecause: 'Rejected: {{note}}',
  },
  securityAlerts: {
    title: 'Security alerts',
    intro:
      'When an account reaches the security policy’s daily number of “cannot be registered in your area” answers, its ID-number checks are refused for the day and it is listed here. The checks themselves are in the audit trail.',
    open: 'Open',
    all: 'All',
    account: 'Account',
    day: 'Day',
    events: 'Answers “held elsewhere”',
    refused: 'Refused checks',
    lastAt: 'Last',
    acknowledged: 'Acknowledged',
    acknowledge: 'Acknowledge',
    acknowledgedBy: 'Acknowledged by {{name}} at {{time}}',
    done: 'Alert acknowledged',
    empty: 'No alerts',
    notReady: 'Security alerts are not available yet',
  },
};

export default personLinksEn;
