// The visits and assessments kept on this device that the server has not yet received, with a way to send them now.
import { Alert, Button, Card, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { CloudUploadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthContext';
import { assessmentOutbox } from '../../api/assessmentOutbox';
import { visitOutbox } from '../../api/visitOutbox';
import { useAssessmentOutboxItems, useOutboxItems } from './useOutbox';
import '../../i18n/visits.zh-CN';

export function OutboxList() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const owner = me?.user.id;
  const { items, discard } = useOutboxItems(owner);
  const assessments = useAssessmentOutboxItems(owner);
  if (owner === undefined || items.length + assessments.items.length === 0) return null;
  return (
    <Card
      data-testid="visit-outbox"
      title={t('visits.outbox.title')}
      size="small"
      style={{ marginBottom: 16, borderColor: '#faad14' }}
      extra={
        <Button
          icon={<CloudUploadOutlined />}
          onClick={() => {
            void visitOutbox().flush(owner);
            void assessmentOutbox().flush(owner);
          }}
          style={{ minHeight: 44 }}
        >
          {t('visits.outbox.sendNow')}
        </Button>
      }
    >
      <Alert type="warning" showIcon message={t('visits.outbox.hint')} style={{ marginBottom: 8 }} />
      {assessments.items.length > 0 && (
        <List
          dataSource={assessments.items}
          rowKey={(item) => item.assessment.id}
          renderItem={(item) => (
            <List.Item
              data-testid="outbox-assessment"
              actions={[
                <Popconfirm
                  key="discard"
                  title={t('visits.outbox.discardAssessmentConfirm')}
                  onConfirm={() => assessments.discard(item.assessment.id)}
                >
                  <Button danger type="link" style={{ minHeight: 44 }}>
                    {t('visits.outbox.discard')}
                  </Button>
                </Popconfirm>,
              ]}
            >
              <Space direction="vertical" size={0}>
                <Typography.Text strong>
                  {item.childName} · {item.assessment.assessedOn} · {t('visits.outbox.assessment')}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {t('visits.outbox.savedAt', { time: dayjs(item.savedAt).format('MM-DD HH:mm') })}
                </Typography.Text>
                {item.refused !== undefined && (
                  <Tag color="error">{t('visits.outbox.refused', { reason: item.refused })}</Tag>
                )}
              </Space>
            </List.Item>
          )}
        />
      )}
      {items.length > 0 && (
        <List
          dataSource={items}
          rowKey={(item) => item.visit.id}
          renderItem={(item) => (
            <List.Item
              data-testid="outbox-item"
              actions={[
                <Popconfirm
                  key="discard"
                  title={t('visits.outbox.discardConfirm')}
                  onConfirm={() => discard(item.visit.id)}
                >
                  <Button danger type="link" style={{ minHeight: 44 }}>
                    {t('visits.outbox.discard')}
                  </Button>
                </Popconfirm>,
              ]}
            >
              <Space direction="vertical" size={0}>
                <Typography.Text strong>
                  {item.childName} · {item.visit.visitDate} · {t(`visits.kind.${item.visit.kind}`)}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {t('visits.outbox.savedAt', { time: dayjs(item.savedAt).format('MM-DD HH:mm') })}
                  {item.photos.length > 0 && ` · ${t('visits.outbox.photos', { count: item.photos.length })}`}
                </Typography.Text>
                {item.refused !== undefined && (
                  <Tag color="error">{t('visits.outbox.refused', { reason: item.refused })}</Tag>
                )}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
