// Going through pending approvals one after another: once this application needs nothing more from the user, the
// next one waiting on them (in the list's order, newest filed first) is one tap away.
import { Link } from 'react-router-dom';
import { Alert, Button } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ApplicationItem } from '../../api/applications';
import { useApiGet } from '../../api/useApiGet';
import { useIsPhone } from '../../hooks/useIsPhone';
import '../../i18n/applications.zh-CN';

/** Mounted with the application's version as its key, so the list is read again after each action here. */
export function NextPending({ currentId }: { currentId: string }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const list = useApiGet<{ data: ApplicationItem[] }>('/api/applications', { actionable: 'true', limit: '2' });
  if (!list.data) return null;
  const next = list.data.data.find((x) => x.id !== currentId);
  return (
    <Alert
      data-testid="next-pending"
      type={next ? 'info' : 'success'}
      showIcon
      message={next ? t('applications.nextPending', { name: next.childName }) : t('applications.noMorePending')}
      action={
        next && (
          <Link to={`/applications/${next.id}`}>
            <Button type="primary" size="small" style={phone ? { minHeight: 44 } : undefined}>
              {t('applications.openNext')} <RightOutlined />
            </Button>
          </Link>
        )
      }
    />
  );
}
