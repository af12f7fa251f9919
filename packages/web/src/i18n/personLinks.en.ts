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
    requested:
      'This person is registered by another area: a link request was sent, and the person is shown once that area confirms',
    familySection: 'Link requests',
    waiting: 'Waiting for the other area',
    rejectedBecause: 'Rejected: {{note}}',
  },
  securityAlerts: {
    title: 'Security alerts',
    intro:
      'One row per account and day: its ID-number checks reached the security policy’s daily limit (the rest of the day’s checks are refused), or it was refused access many times within an hour. The details are in the audit trail, read by the audit administrator.',
    open: 'Open',
    all: 'All',
    account: 'Account',
    kind: 'Kind',
    kindValue: {
      id_check_limit: 'ID-number checks reached the daily limit',
      access_refusals: 'Refused access many times',
    },
    day: 'Day',
    events: 'Count',
    refused: 'Refused',
    lastAt: 'Last',
    acknowledged: 'Acknowledged',
    acknowledge: 'Acknowledge',
    acknowledgedBy: 'Acknowledged by {{name}} at {{time}}',
    done: 'Alert acknowledged',
    empty: 'No alerts',
  },
};

export default personLinksEn;
