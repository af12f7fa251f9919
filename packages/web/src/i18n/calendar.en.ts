import type calendarZh from './calendar.zh-CN';

const calendarEn: typeof calendarZh = {
  calendar: {
    title: 'Working-day calendar',
    intro:
      'Deadlines count working days: weekends are off, the statutory holidays below are off and the make-up days below are worked. The State Council publishes next year’s arrangement around November; enter it here once published.',
    missing:
      'The {{year}} calendar has not been entered: deadlines reaching that year cannot be computed and applications show “calendar missing”.',
    enterYear: 'Enter {{year}}',
    holidays: 'Statutory holidays (off)',
    holidaysHint: 'The holidays and the weekends joined to them: {{count}} days',
    workdays: 'Make-up working days (weekends worked)',
    workdaysHint: 'Saturdays or Sundays only: {{count}} days',
    removeDate: 'Remove {{date}}',
    addDate: 'Add a date',
    source: 'Source (notice title and number)',
    sourcePlaceholder: 'e.g. State Council General Office notice on the 2027 holidays (国办发明电〔2026〕…)',
    save: 'Save {{year}}',
    saved: 'The {{year}} calendar is saved',
    changed: 'Someone else changed this year; it has been reloaded, check it before saving',
    lastChange: 'Version {{version}}, changed by {{name}} at {{at}}',
    fromData: 'Version {{version}}, supplied with the system data',
    readOnly: 'Only the city bureau may change the calendar',
    notWeekend: '{{date}} is not a Saturday or Sunday',
    duplicate: '{{date}} is already listed',
    otherList: '{{date}} is already listed as {{list}}',
    empty: 'No dates yet',
  },
};
export default calendarEn;
