import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, App, Button, Form, Input, List, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { ApiError, api, errorText } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { CenteredCard } from '../../components/CenteredCard';
import { MIN_PASSWORD_LENGTH, checkPassword, passesAll } from './passwordRules';
import '../../i18n/accountSecurity.zh-CN';
import '../../i18n/accountSetup.zh-CN';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const { me, refresh, logout } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const username = me?.user.username ?? '';
  const rules = checkPassword(newPassword, username);
  const forced = me?.user.mustChangePassword ?? false;
  // Who reset the password and when: the user can tell a reset they did not ask for.
  const reset = me?.user.passwordReset ?? null;

  const submit = async (values: Values) => {
    setSubmitting(true);
    setError(null);
    try {
      await api.post('/api/auth/password', {
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      message.success(t('password.changed'));
      await refresh();
      await navigate('/', { replace: true });
    } catch (caught) {
      // PASSWORD_POLICY's message already lists the failed rules in the user's language.
      setError(errorText(caught));
      if (caught instanceof ApiError && caught.code === 'INVALID_CREDENTIALS')
        form.setFieldValue('currentPassword', '');
    } finally {
      setSubmitting(false);
    }
  };

  const ruleItems = [
    { ok: rules.length, text: t('password.ruleLength', { min: MIN_PASSWORD_LENGTH }) },
    { ok: rules.classes, text: t('password.ruleClasses') },
    { ok: rules.username, text: t('password.ruleUsername') },
    { ok: rules.common, text: t('password.ruleCommon') },
  ];

  return (
    <CenteredCard title={t('password.title')} width={440}>
      {forced && <Alert type="info" showIcon message={t('password.intro')} style={{ marginBottom: 16 }} />}
      {reset && (
        <Alert
          type="warning"
          showIcon
          data-testid="password-reset-notice"
          message={
            reset.approvedBy
              ? t('passwordReset.noticeApproved', {
                  time: dayjs(reset.at).format('YYYY-MM-DD HH:mm'),
                  by: reset.by?.displayName ?? t('passwordReset.someone'),
                  approver: reset.approvedBy.displayName,
                })
              : t('passwordReset.notice', {
                  time: dayjs(reset.at).format('YYYY-MM-DD HH:mm'),
                  by: reset.by?.displayName ?? t('passwordReset.someone'),
                })
          }
          description={t('passwordReset.notYou')}
          style={{ marginBottom: 16 }}
        />
      )}
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" size="large" onFinish={(values) => void submit(values)}>
        <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
        <Form.Item
          name="currentPassword"
          label={t('password.current')}
          rules={[{ required: true, message: t('password.currentRequired') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.next')}
          rules={[
            { required: true, message: t('password.nextRequired') },
            {
              validator: (_rule, value: string | undefined) =>
                !value || passesAll(checkPassword(value, username))
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.rulesTitle'))),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <div aria-live="polite" style={{ marginTop: -8, marginBottom: 16 }}>
          <Typography.Text type="secondary">{t('password.rulesTitle')}</Typography.Text>
          <List
            size="small"
            split={false}
            dataSource={ruleItems}
            renderItem={(item) => (
              <List.Item style={{ padding: '2px 0' }}>
                <Typography.Text type={item.ok ? 'success' : 'secondary'}>
                  {item.ok ? <CheckCircleFilled /> : <CloseCircleOutlined />} {item.text}
                </Typography.Text>
              </List.Item>
            )}
          />
        </div>
        <Form.Item
          name="confirm"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('password.nextRequired') },
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={submitting}>
          {t('password.submit')}
        </Button>
        <Button type="link" block onClick={() => (forced ? void logout() : void navigate(-1))}>
          {forced ? t('layout.signOut') : t('common.back')}
        </Button>
      </Form>
    </CenteredCard>
  );
}
