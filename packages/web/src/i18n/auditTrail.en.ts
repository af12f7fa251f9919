import type auditTrailZh from './auditTrail.zh-CN';

const auditTrailEn: typeof auditTrailZh = {
  auditTrail: {
    reporterTitle: "A case's reporters by receipt number",
    reporterHint:
      'Only the case team and the audit administrator see who reported. Enter a case or intake receipt number (SB…) to see the reporter, the reporting unit or the sending system (the lookup is recorded)',
    reporterPlaceholder: 'Receipt number, e.g. SB20261201000123',
    reporterCase: 'Case {{receiptNo}} · {{county}} · {{stage}}',
    reporterName: 'Reporter',
    reporterAnonymous: 'No name given',
    reporterAccount: 'Filed by account',
    reporterUnit: 'Reporting unit',
    reporterSystem: 'Sending system',
    reporterPhone: 'Phone',
    reporterRelation: 'Relation to the child',
    lookupTitle: "A child's trail",
    lookupHint:
      "Enter a child's name, ID number or its last 4 characters to see who read, exported or changed the file (the lookup is recorded)",
    lookupPlaceholder: 'Name / ID number / last 4',
    lookupButton: 'Find',
    noMatch: 'No child matches',
    more: 'Many matches: only the first {{count}} are shown; enter more of the name or ID number',
    showTrail: 'View trail',
    back: 'Back to the whole trail',
    trailTitle: 'Trail of {{name}}',
    trailCount: '{{count}} entries',
    loadMore: 'Load earlier entries',
    empty: 'No entry about this child yet',
    export: 'Export to Excel',
    exported: 'Audit trail exported',
    object: 'Object',
    unit: 'Unit',
    status: {
      active: 'Active',
      terminated: 'Terminated',
      transferred: 'Transferred',
      archived: 'Archived',
    },
    heldChildren: '{{count}} children',
    heldThis: ' (including this child)',
    expand: 'Show details',
    collapse: 'Hide details',
  },
};

export default auditTrailEn;
