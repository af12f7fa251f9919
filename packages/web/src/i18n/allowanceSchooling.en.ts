// Payment past 18 for full-time schooling: the child's schooling records and the city's allowance rules.
import type allowanceSchoolingZh from './allowanceSchooling.zh-CN';

const allowanceSchoolingEn: typeof allowanceSchoolingZh = {
  allowanceSchooling: {
    schooling: {
      title: 'Full-time schooling',
      policyOn:
        "The city's policy: a child in full-time schooling past 18 is paid on, with a school's certificate, up to the month of the {{age}}th birthday (from {{since}})",
      policyOff: 'The city does not pay on past 18: schooling records do not change payment',
      empty: 'No schooling recorded',
      add: 'Record a certificate',
      addTitle: 'Record a full-time schooling certificate',
      added: 'Schooling recorded',
      school: 'School',
      schoolRequired: 'Enter the school',
      from: 'In school from',
      until: 'In school until',
      datesRequired: 'Choose a date',
      untilBeforeFrom: 'The end cannot precede the start',
      note: 'Note',
      coversHint: 'Paid by whole months: a certificate ending mid-month does not cover that month',
      withdraw: 'Withdraw',
      withdrawTitle: 'Withdraw a schooling record',
      withdrawOk: 'Withdraw',
      withdrawn: 'Withdrawn',
      withdrawnReason: 'Reason: {{reason}}',
      reason: 'Reason',
      reasonRequired: 'Give a reason (2 characters or more)',
      recordedBy: 'Recorded by {{name}} on {{at}}',
    },
    rules: {
      title: 'Payment rules',
      lookback: 'Arrears and recoveries look back',
      lookbackValue: '{{months}} months',
      schooling: 'Full-time schooling past 18',
      schoolingOn: 'paid on up to the month of the {{age}}th birthday (from {{since}})',
      schoolingOff: 'not paid on',
      basis: 'Basis',
      versions: '{{count}} versions',
      seeded: 'Initial rules',
      publish: 'Publish new rules',
      publishTitle: 'Publish payment rules (a new version; earlier ones are kept)',
      published: 'Payment rules published',
      lookbackRequired: 'Enter the number of months',
      schoolingSwitch: 'Pay on',
      untilAge: 'Up to age',
      since: 'Policy in force from',
      basisRequired: 'Give the basis (document and number)',
    },
  },
};

export default allowanceSchoolingEn;
