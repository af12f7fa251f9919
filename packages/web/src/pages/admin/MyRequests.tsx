// The system administrator's own account requests: whether the security administrator decided them, and the
// one-time password of an approved reset, which the server hands out once.
import { App, Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { api, errorText } from '../../api/client';
import type { AccountRequest, DataResponse } from '../../api/types';
import type { ApiGet } from '../../api/useApiGet';
import type { OneTimePassword } from '../../components/OneTimePasswordModal';
import '../../i18n/accountSecurity.zh-CN';

const STATUS_COLOR = { pending: 'orange', approved: 'green', rejected: 'default' } as const;

export function MyRequests({
  requests,
  onPassword,
}: {
  requests: ApiGet<DataResponse<AccountRequest>>;
  onPassword: (value: OneTimePassword) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const collect = async (request: AccountRequest) => {
    try {
      const answer = await api.post<{ initialPassword: string }>(`/api/admin/account-requests/${request.id}/password`);
      onPassword({ name: request.target.displayName, password: answer.initialPassword });
    } catch (caught) {
      message.error(errorText(caught));
    } finally {
      requests.reload();
    }
  };

  return (
    <Card title={t('accountRequests.title')} size="small" style={{ marginTop: 16 }}>
      <List<AccountRequest>
        loading={requests.loading}
        dataSource={requests.data?.data ?? []}
        locale={{ emptyText: <Empty description={t('accountRequests.empty')} /> }}
        renderItem={(request) => (
          <List.Item
            actions={
              request.passwordReady
                ? [
                    <Button
                      key="collect"
                      type="primary"
                      onClick={() => void collect(request)}
                      style={{ minHeight: 44 }}
                    >
                      {t('accountRequests.collect')}
                    </Button>,
                  ]
                : []
            }
          >
            <Flex vertical gap={2}>
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong>{t(`approvals.kind.${request.kind}`)}</Typography.Text>
                <Typography.Text>
                  {request.target.displayName}（{request.target.username}）
                </Typography.Text>
                <Tag color={STATUS_COLOR[request.status]}>{t(`approvals.status.${request.status}`)}</Tag>
              </Flex>
              <Typography.Text type="secondary">
                {dayjs(request.requestedAt).format('YYYY-MM-DD HH:mm')}
                {request.decidedBy ? ` · ${t('approvals.decidedBy')}：${request.decidedBy.displayName}` : ''}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
