// Shows a freshly issued initial password exactly once, with a copy button. Closing is deliberate
// (no mask click) because the password cannot be shown again.
import { App, Alert, Button, Flex, Modal, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import '../i18n/administration.zh-CN';

export interface OneTimePassword {
  name: string;
  password: string;
}

export function OneTimePasswordModal({ value, onClose }: { value: OneTimePassword | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const copy = async () => {
    if (!value) return;
    try {
      await navigator.clipboard.writeText(value.password);
      message.success(t('common.copied'));
    } catch {
      message.warning(t('common.copyFailed'));
    }
  };

  return (
    <Modal
      open={value !== null}
      title={t('users.oneTimeTitle')}
      maskClosable={false}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
    >
      {value && (
        <Flex vertical gap={12}>
          <Typography.Text>{t('users.oneTimeFor', { name: value.name })}</Typography.Text>
          <Flex gap={8} align="center" wrap>
            <Typography.Text code style={{ fontSize: 20, userSelect: 'all' }} data-testid="one-time-password">
              {value.password}
            </Typography.Text>
            <Button icon={<CopyOutlined />} onClick={() => void copy()}>
              {t('common.copy')}
            </Button>
          </Flex>
          <Alert type="warning" showIcon message={t('users.oneTimeHint')} />
        </Flex>
      )}
    </Modal>
  );
}
