// An "export to Excel" button: the server sends the file once its audit row is stored; the file's headers follow
// the language the request carries.
import { useState, type CSSProperties, type ReactNode } from 'react';
import { App, Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorText, type Query } from '../api/client';
import { downloadFile } from '../api/files';
import '../i18n/registryPages.zh-CN';

interface Props {
  path: string;
  query?: Query;
  fallbackName: string;
  label?: string;
  icon?: ReactNode;
  /** Shown once the download has started (the export's wording by default). */
  doneMessage?: string;
  testId?: string;
  style?: CSSProperties;
}

export function ExportButton({ path, query, fallbackName, label, icon, doneMessage, testId, style }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await downloadFile(path, query, fallbackName);
      message.success(doneMessage ?? t('listExport.done'));
    } catch (caught) {
      message.error(errorText(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      icon={icon ?? <DownloadOutlined />}
      loading={busy}
      onClick={() => void run()}
      data-testid={testId}
      style={style}
    >
      {label ?? t('listExport.button')}
    </Button>
  );
}
