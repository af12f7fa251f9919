import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChildStatus } from '../../api/types';

const STATUS_COLOUR: Record<ChildStatus, string> = {
  active: 'green',
  terminated: 'default',
  transferred: 'blue',
  archived: 'default',
};

export function ChildStatusTag({ status }: { status: ChildStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOUR[status]}>{t(`children.statusValue.${status}`, { defaultValue: status })}</Tag>;
}
