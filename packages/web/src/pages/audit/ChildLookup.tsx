// Finding a child from the audit page: name, ID number or its last four characters. The answer holds only what
// picks the right child; the lookup is recorded by the server.
import { Alert, Button, Card, Empty, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorText } from '../../api/client';
import type { AuditChild } from '../../api/types';
import { TOUCH } from './ExpandButton';
import '../../i18n/auditTrail.zh-CN';

export function ChildLookup({ onPick }: { onPick: (child: AuditChild) => void }) {
  const { t } = useTranslation();
  const [found, setFound] = useState<{ data: AuditChild[]; more: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const search = async (value: string) => {
    const q = value.trim();
    if (!q) return;
    setBusy(true);
    setError(null);
    try {
      // POST: an ID number stays out of the URL.
      setFound(await api.post<{ data: AuditChild[]; more: boolean }>('/api/audit/children/search', { q }));
    } catch (caught) {
      setError(errorText(caught));
      setFound(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t('auditTrail.lookupTitle')} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('auditTrail.lookupHint')}
      </Typography.Paragraph>
      <div data-testid="audit-child-search" style={{ maxWidth: 480 }}>
        <Input.Search
          placeholder={t('auditTrail.lookupPlaceholder')}
          enterButton={t('auditTrail.lookupButton')}
          allowClear
          size="large"
          maxLength={40}
          loading={busy}
          onSearch={(value) => void search(value)}
          aria-label={t('auditTrail.lookupPlaceholder')}
        />
      </div>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
      {found && found.data.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('auditTrail.noMatch')} />
      )}
      {found && found.data.length > 0 && (
        <List
          style={{ marginTop: 8 }}
          dataSource={found.data}
          rowKey="id"
          footer={
            found.more ? (
              <Typography.Text type="warning">{t('auditTrail.more', { count: found.data.length })}</Typography.Text>
            ) : null
          }
          renderItem={(child) => (
            <List.Item
              data-testid="audit-child-result"
              actions={[
                <Button key="trail" type="primary" ghost style={TOUCH} onClick={() => onPick(child)}>
                  {t('auditTrail.showTrail')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={
                  <Space wrap size={4}>
                    <span>{child.name}</span>
                    <Tag>{t(`auditTrail.status.${child.status}`, { defaultValue: child.status })}</Tag>
                  </Space>
                }
                description={
                  <span className="hehu-break">
                    {child.idNumberMasked ?? '—'} · {child.divisionPath}
                  </span>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
