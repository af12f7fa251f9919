// "待发送 N 条" in the header while visits wait on this device; it opens the list on the visits page.
import { Link } from 'react-router-dom';
import { Tag } from 'antd';
import { CloudUploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useOutboxCount, useOutboxSender } from '../pages/visits/useOutbox';
import '../i18n/visits.zh-CN';

export function OutboxIndicator({ owner }: { owner: string | undefined }) {
  const { t } = useTranslation();
  useOutboxSender(owner);
  const count = useOutboxCount();
  if (count === 0) return null;
  return (
    <Link
      to="/visits"
      data-testid="outbox-count"
      style={{ display: 'inline-flex', alignItems: 'center', minHeight: 44 }}
    >
      <Tag color="warning" icon={<CloudUploadOutlined />} style={{ marginInlineEnd: 0 }}>
        {t('visits.outbox.header', { count })}
      </Tag>
    </Link>
  );
}
