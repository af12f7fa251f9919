// The import itself: all rows or none, or only the valid rows. Importing the same file twice creates
// nothing new, so a retry after a network failure is safe.
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Flex, Radio, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, errorText } from '../../../api/client';
import type { ImportCheck, ImportCommit, ImportMode } from '../../../api/registry';
import '../../../i18n/registryPages.zh-CN';

interface Props {
  check: ImportCheck;
  committed: ImportCommit | null;
  onBack: () => void;
  onCommitted: (result: ImportCommit) => void;
  onAgain: () => void;
}

export function ImportCommitStep({ check, committed, onBack, onCommitted, onAgain }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Rows already on record are skipped either way; only errors and repeats block "all or nothing".
  const invalid = check.rows.filter((r) => r.status === 'error' || r.status === 'duplicate_in_file').length;
  const [mode, setMode] = useState<ImportMode>(invalid > 0 ? 'valid_only' : 'all_or_nothing');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const commit = async () => {
    setBusy(true);
    setProblem(null);
    try {
      onCommitted(
        await api.post<ImportCommit>(`/api/children/import/${encodeURIComponent(check.jobId)}/commit`, { mode }),
      );
    } catch (caught) {
      setProblem(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  if (committed)
    return (
      <Result
        status="success"
        title={t('importWizard.done')}
        subTitle={t('importWizard.result', { created: committed.created, skipped: committed.skipped })}
        extra={[
          <Button key="list" type="primary" onClick={() => void navigate('/children')}>
            {t('importWizard.toList')}
          </Button>,
          <Button key="again" onClick={onAgain}>
            {t('importWizard.again')}
          </Button>,
        ]}
      />
    );

  const modes: ImportMode[] = ['all_or_nothing', 'valid_only'];
  return (
    <Flex vertical gap={16}>
      <Typography.Text strong>{t('importWizard.mode')}</Typography.Text>
      <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as ImportMode)}>
        <Flex vertical gap={12}>
          {modes.map((m) => (
            <Radio key={m} value={m} disabled={m === 'all_or_nothing' && invalid > 0}>
              <Typography.Text strong>{t(`importWizard.modeValue.${m}`)}</Typography.Text>
              <br />
              <Typography.Text type="secondary">{t(`importWizard.modeHint.${m}`)}</Typography.Text>
            </Radio>
          ))}
        </Flex>
      </Radio.Group>
      {invalid > 0 && <Alert type="info" showIcon message={t('importWizard.allBlocked', { count: invalid })} />}
      {problem && <Alert type="error" showIcon message={problem} />}
      <Flex gap={8}>
        <Button onClick={onBack} disabled={busy}>
          {t('importWizard.prev')}
        </Button>
        <Button type="primary" loading={busy} onClick={() => void commit()} data-testid="import-commit">
          {busy ? t('importWizard.committing') : t('importWizard.commit')}
        </Button>
      </Flex>
    </Flex>
  );
}
