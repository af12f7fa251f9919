// The visits and assessments kept on this device that the server has not yet received, with a way to send them now.
import { Alert, Button, Card, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { CloudUploadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthContext';
import { assessmentOutbox } from '../../api/assessmentOutbox';
import type { OutboxEntry } from '../../api/outbox';
import { visitOutbox } from '../../api/visitOutbox';
import { useOutboxItems } from './useOutbox';
import '../../i18n/visits.zh-CN';

interface OutboxSectionProps<Item> {
  items: Item[];
  testId: string;
  idOf: (item: Item) => string;
  /** The line that names the record: the child, the date and what it is. */
  heading: (item: Item) => string;
  /** Said after the time it was saved (the photos a visit carries), if anything. */
  extra?: (item: Item) => string;
  discardConfirm: string;
  discard: (id: string) => void;
}

/** One kind of waiting record, each with when it was saved, the server's refusal if any, and a way to discard it. */
function OutboxSection<Item extends OutboxEntry>(props: OutboxSectionProps<Item>) {
  const { t } = useTranslation();
  if (props.items.length === 0) return null;
  return (
    <List
      dataSource={props.items}
      rowKey={props.idOf}
      renderItem={(item) => (
        <List.Item
          data-testid={props.testId}
          actions={[
            <Popconfirm key="discard" title={props.discardConfirm} onConfirm={() => props.discard(props.idOf(item))}>
              <Button danger type="link" style={{ minHeight: 44 }}>
                {t('visits.outbox.discard')}
              </Button>
            </Popconfirm>,
          ]}
        >
          <Space direction="vertical" size={0}>
            <Typography.Text strong>{props.heading(item)}</Typography.Text>
            <Typography.Text type="secondary">
              {t('visits.outbox.savedAt', { time: dayjs(item.savedAt).format('MM-DD HH:mm') })}
              {props.extra?.(item)}
            </Typography.Text>
            {item.refused !== undefined && (
              <Tag color="error">{t('visits.outbox.refused', { reason: item.refused })}</Tag>
            )}
          </Space>
        </List.Item>
      )}
    />
  );
}

export function OutboxList() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const owner = me?.user.id;
  const visits = useOutboxItems(visitOutbox(), owner);
  const assessments = useOutboxItems(assessmentOutbox(), owner);
  if (owner === undefined || visits.items.length + assessments.items.length === 0) return null;
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
      <OutboxSection
        items={assessments.items}
        testId="outbox-assessment"
        idOf={(item) => item.assessment.id}
        heading={(item) => `${item.childName} · ${item.assessment.assessedOn} · ${t('visits.outbox.assessment')}`}
        discardConfirm={t('visits.outbox.discardAssessmentConfirm')}
        discard={assessments.discard}
      />
      <OutboxSection
        items={visits.items}
        testId="outbox-item"
        idOf={(item) => item.visit.id}
        heading={(item) => `${item.childName} · ${item.visit.visitDate} · ${t(`visits.kind.${item.visit.kind}`)}`}
        extra={(item) =>
          item.photos.length > 0 ? ` · ${t('visits.outbox.photos', { count: item.photos.length })}` : ''
        }
        discardConfirm={t('visits.outbox.discardConfirm')}
        discard={visits.discard}
      />
    </Card>
  );
}
