// Who reported a case, for the audit administrator only: found by a receipt number, the answer holds the reporters
// and the case's county and stage, never the case; the lookup is recorded by the server.
import { Alert, Card, Descriptions, Input, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorText } from '../../api/client';
import type { AuditCaseReporters } from '../../api/types';
import '../../i18n/auditTrail.zh-CN';

export function CaseReporterLookup() {
  const { t } = useTranslation();
  const [found, setFound] = useState<AuditCaseReporters | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const search = async (value: string) => {
    const receiptNo = value.trim().toUpperCase();
    if (!receiptNo) return;
    setBusy(true);
    setError(null);
    try {
      setFound(await api.post<AuditCaseReporters>('/api/audit/case-reporters', { receiptNo }));
    } catch (caught) {
      setError(errorText(caught));
      setFound(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t('auditTrail.reporterTitle')} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('auditTrail.reporterHint')}
      </Typography.Paragraph>
      <div data-testid="audit-reporter-search" style={{ maxWidth: 480 }}>
        <Input.Search
          placeholder={t('auditTrail.reporterPlaceholder')}
          enterButton={t('auditTrail.lookupButton')}
          allowClear
          size="large"
          maxLength={24}
          loading={busy}
          onSearch={(value) => void search(value)}
          aria-label={t('auditTrail.reporterPlaceholder')}
        />
      </div>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
      {found && (
        <div data-testid="audit-reporter-result" style={{ marginTop: 12 }}>
          <Typography.Text strong>
            {t('auditTrail.reporterCase', {
              receiptNo: found.caseReceiptNo,
              county: found.countyName,
              stage: found.stage,
            })}
          </Typography.Text>
          {found.intakes.map((intake) => (
            <Descriptions
              key={intake.receiptNo}
              size="small"
              bordered
              column={{ xs: 1, sm: 2 }}
              style={{ marginTop: 8 }}
              title={`${intake.receiptNo} · ${intake.channel} · ${dayjs(intake.receivedAt).format('YYYY-MM-DD HH:mm')}`}
              items={[
                {
                  key: 'name',
                  label: t('auditTrail.reporterName'),
                  children: intake.reporterName ?? t('auditTrail.reporterAnonymous'),
                },
                { key: 'phone', label: t('auditTrail.reporterPhone'), children: intake.reporterPhone ?? '—' },
                { key: 'relation', label: t('auditTrail.reporterRelation'), children: intake.reporterRelation ?? '—' },
                { key: 'unit', label: t('auditTrail.reporterUnit'), children: intake.reporterUnit ?? '—' },
                { key: 'account', label: t('auditTrail.reporterAccount'), children: intake.reporterUsername ?? '—' },
                { key: 'system', label: t('auditTrail.reporterSystem'), children: intake.sendingSystem ?? '—' },
              ]}
            />
          ))}
        </div>
      )}
    </Card>
  );
}
