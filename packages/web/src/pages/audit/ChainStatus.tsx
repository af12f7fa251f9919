// The audit trail's integrity, as the audit administrator sees it: the SM3 hash chain verified on demand.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { api, errorText } from '../../api/client';
import '../../i18n/audit.zh-CN';

interface ChainReport {
  ok: boolean;
  sealed: number;
  unsealed: number;
  firstBroken: { seq: number; auditId: number; reason: 'content_changed' | 'link_broken' | 'row_missing' } | null;
  checkedAt: string;
}

export function ChainStatus() {
  const { t } = useTranslation();
  const [report, setReport] = useState<ChainReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const verify = async () => {
    setBusy(true);
    setError(null);
    try {
      setReport(await api.get<ChainReport>('/api/audit/verification'));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const button = (
    <Button icon={<SafetyCertificateOutlined />} loading={busy} onClick={() => void verify()}>
      {t('audit.chain.verify')}
    </Button>
  );
  if (error) return <Alert type="error" showIcon message={error} action={button} style={{ marginBottom: 16 }} />;
  if (!report)
    return <Alert type="info" showIcon message={t('audit.chain.intro')} action={button} style={{ marginBottom: 16 }} />;
  const when = dayjs(report.checkedAt).format('YYYY-MM-DD HH:mm:ss');
  if (report.ok)
    return (
      <Alert
        type="success"
        showIcon
        message={t('audit.chain.ok', { sealed: report.sealed, when })}
        action={button}
        style={{ marginBottom: 16 }}
      />
    );
  const broken = report.firstBroken;
  return (
    <Alert
      type="error"
      showIcon
      message={
        broken
          ? t('audit.chain.broken', {
              id: broken.auditId,
              reason: t(`audit.chain.reason.${broken.reason}`),
              sealed: report.sealed,
            })
          : t('audit.chain.unsealed', { count: report.unsealed })
      }
      description={t('audit.chain.checkedAt', { when })}
      action={button}
      style={{ marginBottom: 16 }}
    />
  );
}
