// One child's file. For now the basic facts; the registry work adds its sections here.
import { useNavigate, useParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Card, Descriptions, Skeleton } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { ApiError, errorText } from '../../api/client';
import type { ChildDetail } from '../../api/types';
import { useApiGet } from '../../api/useApiGet';
import { useIsPhone } from '../../hooks/useIsPhone';
import NotFoundPage from '../errors/NotFoundPage';
import { ChildStatusTag } from './childFormat';

export default function ChildDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const phone = useIsPhone();
  const { data: child, error, loading } = useApiGet<ChildDetail>(`/api/children/${encodeURIComponent(id)}`);

  // Out of scope answers 404 exactly like missing: show the same page for both.
  if (error instanceof ApiError && error.status === 404) return <NotFoundPage />;

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/children')}>
      {t('children.detail.backToList')}
    </Button>
  );
  const format = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

  return (
    <PageContainer title={child?.name ?? t('children.detail.title')} className="hehu-page" extra={back}>
      {error !== undefined && <Alert type="error" showIcon message={errorText(error)} style={{ marginBottom: 16 }} />}
      <Card title={t('children.detail.basic')}>
        {loading && !child ? (
          <Skeleton active />
        ) : child ? (
          <Descriptions column={phone ? 1 : 2} bordered={!phone} size={phone ? 'small' : 'default'}>
            <Descriptions.Item label={t('children.name')}>{child.name}</Descriptions.Item>
            <Descriptions.Item label={t('children.sex')}>{t(`children.sexValue.${child.sex}`)}</Descriptions.Item>
            <Descriptions.Item label={t('children.birthDate')}>{child.birthDate}</Descriptions.Item>
            <Descriptions.Item label={t('children.detail.age')}>
              {t('children.detail.ageValue', { count: dayjs().diff(dayjs(child.birthDate), 'year') })}
            </Descriptions.Item>
            <Descriptions.Item label={t('children.idNumber')}>
              <span style={{ fontFamily: 'monospace' }}>{child.idNumberMasked ?? t('common.empty')}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('children.status')}>
              <ChildStatusTag status={child.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('children.detail.divisionPath')} span={phone ? 1 : 2}>
              {child.divisionPath || child.divisionName}
            </Descriptions.Item>
            <Descriptions.Item label={t('children.detail.createdAt')}>{format(child.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={t('children.detail.updatedAt')}>{format(child.updatedAt)}</Descriptions.Item>
          </Descriptions>
        ) : null}
      </Card>
    </PageContainer>
  );
}
