// The date field's rules shared by the visit and assessment forms: required, and not after today (Leshan's date).
import type { FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import '../../i18n/visits.zh-CN';

export function notAfterTodayRules(t: TFunction, today: string): FormRule[] {
  return [
    { required: true, message: t('visits.form.dateRequired') },
    {
      validator: (_rule, value: Dayjs | null) =>
        value && value.format('YYYY-MM-DD') > today
          ? Promise.reject(new Error(t('visits.form.dateFuture', { today })))
          : Promise.resolve(),
    },
  ];
}
