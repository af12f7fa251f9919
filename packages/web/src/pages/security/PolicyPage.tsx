import { PageContainer, ProForm, ProFormDigit } from '@ant-design/pro-components';
import { Alert, App, Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, errorText } from '../../api/client';
import type { SecurityPolicy } from '../../api/types';
import { useApiGet } from '../../api/useApiGet';

// Bounds keep obvious mistakes out; the server validates the real limits.
const FIELDS: { name: keyof SecurityPolicy; min: number; max: number }[] = [
  { name: 'passwordMinLength', min: 8, max: 64 },
  { name: 'passwordMaxAgeDays', min: 0, max: 3650 },
  { name: 'lockoutThreshold', min: 1, max: 100 },
  { name: 'lockoutMinutes', min: 1, max: 1440 },
  { name: 'idleTimeoutMinutes', min: 1, max: 480 },
  { name: 'idCheckDailyLimit', min: 1, max: 1000 },
];

export default function PolicyPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useApiGet<SecurityPolicy>('/api/security/policy');

  return (
    <PageContainer title={t('policy.title')} className="hehu-page">
      <Card style={{ maxWidth: 560 }}>
        <Alert type="info" showIcon message={t('policy.intro')} style={{ marginBottom: 16 }} />
        {error !== undefined && <Alert type="error" showIcon message={errorText(error)} style={{ marginBottom: 16 }} />}
        {loading && !data ? (
          <Skeleton active />
        ) : data ? (
          <ProForm<SecurityPolicy>
            key={JSON.stringify(data)}
            initialValues={data}
            layout="vertical"
            submitter={{ searchConfig: { submitText: t('common.save') }, resetButtonProps: false }}
            onFinish={async (values) => {
              try {
                await api.put('/api/security/policy', values);
                message.success(t('policy.saved'));
                reload();
                return true;
              } catch (caught) {
                message.error(errorText(caught));
                return false;
              }
            }}
          >
            {FIELDS.map((field) => (
              <ProFormDigit
                key={field.name}
                name={field.name}
                label={t(`policy.${field.name}`)}
                min={field.min}
                max={field.max}
                fieldProps={{ precision: 0, style: { width: '100%' } }}
                rules={[{ required: true }]}
              />
            ))}
          </ProForm>
        ) : null}
      </Card>
    </PageContainer>
  );
}
