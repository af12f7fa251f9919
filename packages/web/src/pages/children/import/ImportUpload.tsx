// Upload the ledger for a dry-run check. Ledgers of a whole township can be large, so the upload
// shows its progress, then "checking" while the server reads the rows.
import { useRef, useState } from 'react';
import { Alert, Button, Flex, Progress, Typography } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/client';
import { uploadRaw } from '../../../api/files';
import type { ImportCheck } from '../../../api/registry';
import '../../../i18n/registryPages.zh-CN';

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

interface Props {
  onBack: () => void;
  onChecked: (check: ImportCheck) => void;
}

export function ImportUpload({ onBack, onChecked }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const send = async (file: File) => {
    setProblem(null);
    if (!/\.(xlsx|csv)$/i.test(file.name)) {
      setProblem(t('importWizard.wrongType'));
      return;
    }
    setProgress(0);
    try {
      const check = await uploadRaw<ImportCheck>('/api/children/import/check', file, {
        query: { fileName: file.name },
        onProgress: setProgress,
      });
      onChecked(check);
    } catch (caught) {
      setProblem(errorText(caught));
      setProgress(null);
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  const busy = progress !== null;
  return (
    <Flex vertical gap={16}>
      <label
        style={{
          display: 'block',
          border: '1px dashed #91caff',
          borderRadius: 8,
          padding: '32px 16px',
          textAlign: 'center',
          background: '#f0f7ff',
          cursor: busy ? 'progress' : 'pointer',
        }}
      >
        <InboxOutlined style={{ fontSize: 40, color: '#1677ff' }} />
        <Typography.Paragraph strong style={{ margin: '8px 0 4px' }}>
          {t('importWizard.chooseFile')}
        </Typography.Paragraph>
        <Typography.Text type="secondary">{t('importWizard.fileHint')}</Typography.Text>
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          disabled={busy}
          data-testid="import-file"
          style={{ display: 'block', margin: '12px auto 0', maxWidth: '100%' }}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void send(file);
          }}
        />
      </label>
      {busy && (
        <div>
          <Progress percent={progress} status={progress < 100 ? 'active' : 'normal'} />
          <Typography.Text type="secondary">
            {progress < 100 ? t('importWizard.uploading', { percent: progress }) : t('importWizard.checking')}
          </Typography.Text>
        </div>
      )}
      {problem && <Alert type="error" showIcon message={problem} />}
      <div>
        <Button onClick={onBack} disabled={busy}>
          {t('importWizard.prev')}
        </Button>
      </div>
    </Flex>
  );
}
