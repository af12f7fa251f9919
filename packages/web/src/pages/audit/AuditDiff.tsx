// Before and after of one audit entry side by side; top-level fields that changed are highlighted.
import { Col, Descriptions, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/types';
import '../../i18n/audit.zh-CN';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

function JsonBlock({ value, other, title }: { value: unknown; other: unknown; title: string }) {
  const { t } = useTranslation();
  const preStyle = { margin: 0, whiteSpace: 'pre-wrap' as const, wordBreak: 'break-all' as const, fontSize: 12 };
  let body;
  if (value === null || value === undefined) {
    body = <Typography.Text type="secondary">{t('audit.nothing')}</Typography.Text>;
  } else if (isRecord(value)) {
    const otherRecord = isRecord(other) ? other : {};
    body = (
      <pre style={preStyle}>
        {'{\n'}
        {Object.entries(value).map(([key, field]) => {
          const changed = pretty(field) !== pretty(otherRecord[key]);
          return (
            <div key={key} style={changed ? { background: '#fff7e6' } : undefined}>
              {`  ${JSON.stringify(key)}: ${pretty(field).replace(/\n/g, '\n  ')}`}
            </div>
          );
        })}
        {'}'}
      </pre>
    );
  } else {
    body = <pre style={preStyle}>{pretty(value)}</pre>;
  }
  return (
    <div style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: 8, background: '#fafafa', height: '100%' }}>
      <Typography.Text strong>{title}</Typography.Text>
      <div style={{ marginTop: 4, maxHeight: 360, overflow: 'auto' }}>{body}</div>
    </div>
  );
}

export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  return (
    <div style={{ maxWidth: '100%' }}>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} style={{ marginBottom: 8 }}>
        <Descriptions.Item label={t('audit.ip')}>{entry.ip ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('audit.requestId')}>
          <Typography.Text copyable={entry.requestId ? { text: entry.requestId } : false}>
            {entry.requestId ?? '—'}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('audit.targetId')}>{entry.targetId ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Row gutter={[12, 12]}>
        <Col xs={24} md={12}>
          <JsonBlock title={t('audit.before')} value={entry.before} other={entry.after} />
        </Col>
        <Col xs={24} md={12}>
          <JsonBlock title={t('audit.after')} value={entry.after} other={entry.before} />
        </Col>
        {entry.details !== null && entry.details !== undefined && (
          <Col span={24}>
            <JsonBlock title={t('audit.details')} value={entry.details} other={entry.details} />
          </Col>
        )}
      </Row>
    </div>
  );
}
