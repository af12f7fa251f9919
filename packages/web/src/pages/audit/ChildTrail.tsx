// One child's trail for the audit administrator: who read, exported or changed the file, and when, newest first.
import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Empty, Space, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import type { AuditChild, AuditEntry } from '../../api/types';
import { useCursorList } from '../../api/useCursorList';
import { AuditDiff } from './AuditDiff';
import { ActorText, namesOtherChildren } from './auditText';
import { ExpandButton, TOUCH } from './ExpandButton';
import { exportAudit } from './exportAudit';
import '../../i18n/audit.zh-CN';
import '../../i18n/auditTrail.zh-CN';
import '../../i18n/children.zh-CN';

const PAGE = 50;

function TrailItem({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // An export or import names the child among others; its own row names it as the object.
  const held = namesOtherChildren(entry);
  return (
    <div data-testid="audit-trail-item" data-action={entry.action}>
      <div style={{ display: 'flex', alignItems: 'flex-start', gap: 4 }}>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Typography.Text type="secondary">{dayjs(entry.at).format('YYYY-MM-DD HH:mm:ss')}</Typography.Text>
          <div>
            <Typography.Text strong>{entry.actionLabel}</Typography.Text>
            {entry.outcome === 'failure' && (
              <Tag color="red" style={{ marginInlineStart: 8 }}>
                {t('audit.outcomeValue.failure')}
              </Tag>
            )}
          </div>
          <div className="hehu-break">
            <ActorText entry={entry} />
          </div>
          {held && (
            <Typography.Text type="secondary">
              {t('auditTrail.heldChildren', { count: entry.childCount })}
              {t('auditTrail.heldThis')}
            </Typography.Text>
          )}
        </div>
        <ExpandButton expanded={open} record={entry} onExpand={() => setOpen(!open)} />
      </div>
      {open && <AuditDiff entry={entry} />}
    </div>
  );
}

export function ChildTrail({ child, onBack }: { child: AuditChild; onBack: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const query = useMemo(() => ({ childId: child.id }), [child.id]);
  const trail = useCursorList<AuditEntry>('/api/audit', query, PAGE);
  const [exporting, setExporting] = useState(false);
  const rows = trail.items;
  const error = trail.error === undefined ? null : errorText(trail.error);

  const download = async () => {
    setExporting(true);
    try {
      await exportAudit({ childId: child.id });
      message.success(t('auditTrail.exported'));
    } catch (caught) {
      message.error(errorText(caught));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Card
      size="small"
      data-testid="audit-child-trail"
      title={
        <Space wrap>
          <Button icon={<ArrowLeftOutlined />} style={TOUCH} onClick={onBack} aria-label={t('auditTrail.back')} />
          <span>{t('auditTrail.trailTitle', { name: child.name })}</span>
        </Space>
      }
      style={{ marginBottom: 16 }}
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('children.name')}>{child.name}</Descriptions.Item>
        <Descriptions.Item label={t('children.idNumber')}>{child.idNumberMasked ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('children.division')}>
          <span className="hehu-break">{child.divisionPath}</span>
        </Descriptions.Item>
      </Descriptions>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button
          icon={<DownloadOutlined />}
          loading={exporting}
          onClick={() => void download()}
          style={TOUCH}
          data-testid="audit-export"
        >
          {t('auditTrail.export')}
        </Button>
        <Button style={TOUCH} onClick={onBack}>
          {t('auditTrail.back')}
        </Button>
        <Typography.Text type="secondary">{t('auditTrail.trailCount', { count: trail.total })}</Typography.Text>
      </Space>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      {!trail.loading && rows.length === 0 && !error ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('auditTrail.empty')} />
      ) : (
        <Timeline
          items={rows.map((entry) => ({
            key: entry.id,
            color: entry.outcome === 'failure' ? 'red' : entry.action.endsWith('.read') ? 'gray' : 'blue',
            children: <TrailItem entry={entry} />,
          }))}
        />
      )}
      {trail.hasMore && (
        <Button block loading={trail.loadingMore} style={TOUCH} onClick={() => void trail.loadMore()}>
          {t('auditTrail.loadMore')}
        </Button>
      )}
    </Card>
  );
}
