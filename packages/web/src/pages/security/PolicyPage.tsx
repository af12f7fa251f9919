import { PageContainer, ProForm, ProFormDigit } from '@ant-design/pro-components';
import { Alert, App, Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, errorText } from '../../api/client';
import type { SecurityPolicy } from '../../api/types';
import { useApiGet } from '../../api/useApiGet';
import '../../i18n/administration.zh-CN';

// The server's bounds (platform/policy.ts POLICY_BOUNDS): the protecting end of each is the level-3 floor
// (passwords changed within 90 days, a lock after at most 10 failures for at least 10 minutes, signed out after
// at most 30 idle minutes). The server refuses anything past them; the form says so before sending.
const FIELDS: { name: keyof SecurityPolicy; min: number; max: number }[] = [
  { name: 'passwordMinLength', min: 8, max: 64 },
  { name: 'passwordMaxAgeDays', min: 1, max: 90 },
  { name: 'lockoutThreshold', min: 3, max: 10 },
  { name: 'lockoutMinutes', min: 10, max: 1440 },
  { name: 'idleTimeoutMinutes', min: 5, max: 30 },
  { name: 'sessionMaxHours', min: 1, max: 24 },
  { name: 'maxSessionsPerUser', min: 1, max: 10 },
  { name: 'idCheckDailyLimit', min: 1, max: 1000 },
  { name: 'signInFailuresPerAddress', min: 5, max: 1000 },
  { name: 'idLookupsPerAddress', min: 5, max: 10000 },
  { name: 'addressWindowMinutes', min: 1, max: 1440 },
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
                extra={t('policy.range', { min: field.min, max: field.max })}
                rules={[
                  { required: true },
                  {
                    type: 'number',
                    min: field.min,
                    max: field.max,
                    message: t('policy.outOfRange', { min: field.min, max: field.max }),
                  },
                ]}
              />
            ))}
          </ProForm>
        ) : null}
      </Card>
    </PageContainer>
  );
}
