// Small pieces the care list and the care tab share: the living-arrangement label and the alert tags.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { LIVING_ARRANGEMENTS, type LivingArrangement } from '@hehu/domain';
import type { CareListItem } from '../../api/care';
import '../../i18n/care.zh-CN';

export const isLivingArrangement = (value: string | null): value is LivingArrangement =>
  (LIVING_ARRANGEMENTS as readonly (string | null)[]).includes(value);

export function LivingText({ value }: { value: string | null }) {
  const { t } = useTranslation();
  return <>{isLivingArrangement(value) ? t(`care.livingValue.${value}`) : t('care.notRecorded')}</>;
}

/** The row's alerts as red tags; nothing when all is in order. */
export function CareAlertTags({ row }: { row: CareListItem }) {
  const { t } = useTranslation();
  return (
    <>
      {row.contactOverdue && (
        <Tag color="red" data-testid="alert-contact">
          {t('care.alert.contact')}
        </Tag>
      )}
      {row.unsafeLiving && (
        <Tag color="red" data-testid="alert-living">
          {isLivingArrangement(row.livingArrangement)
            ? t(`care.livingValue.${row.livingArrangement}`)
            : t('care.alert.living')}
        </Tag>
      )}
      {row.agreementSignedOn === null && (
        <Tag color="orange" data-testid="alert-unsigned">
          {t('care.unsigned')}
        </Tag>
      )}
    </>
  );
}
