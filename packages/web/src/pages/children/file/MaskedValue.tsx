// A masked field of the child's file with "show" for those who may unmask: the full value is fetched on request
// (audited on the server) and kept in this component's state only, so it is gone after navigation.
import { useState } from 'react';
import { App, Button, Space, Tooltip } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api, errorText } from '../../../api/client';
import { monospace } from '../childFormat';
import '../../../i18n/childFile.zh-CN';

export type ChildUnmaskField = 'idNumber' | 'currentAddress' | 'disabilityCertNo';

interface Props {
  childId: string;
  field: ChildUnmaskField;
  masked: string | null;
  canUnmask: boolean;
  testId?: string;
}

export function MaskedValue({ childId, field, masked, canUnmask, testId }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [full, setFull] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const reveal = async () => {
    setLoading(true);
    try {
      const answer = await api.post<{ field: string; value: string | null }>(`/api/children/${childId}/unmask`, {
        field,
      });
      setFull(answer.value);
    } catch (caught) {
      message.error(errorText(caught));
    } finally {
      setLoading(false);
    }
  };

  if (!masked) return <>{t('common.empty')}</>;
  return (
    <Space size={4} wrap>
      <span style={monospace} className="hehu-break" data-testid={testId}>
        {full ?? masked}
      </span>
      {canUnmask && full === null && (
        <Tooltip title={t('childFile.unmaskAudited')}>
          <Button size="small" type="link" icon={<EyeOutlined />} loading={loading} onClick={() => void reveal()}>
            {t('childFile.show')}
          </Button>
        </Tooltip>
      )}
    </Space>
  );
}
