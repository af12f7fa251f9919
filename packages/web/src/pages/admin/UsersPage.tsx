import { useRef, useState } from 'react';
import { ModalForm, PageContainer, ProFormText, ProTable } from '@ant-design/pro-components';
import type { ActionType, ProColumns } from '@ant-design/pro-components';
import { App, Button, Input, Popconfirm, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { api, errorText } from '../../api/client';
import type { AccountRequest, AdminUser, CreatedUser, DataResponse, ResetAnswer } from '../../api/types';
import { useApiGet } from '../../api/useApiGet';
import { useCursorRequest } from '../../api/useCursorRequest';
import { OneTimePasswordModal } from '../../components/OneTimePasswordModal';
import { useIsPhone } from '../../hooks/useIsPhone';
import type { OneTimePassword } from '../../components/OneTimePasswordModal';
import { MyRequests } from './MyRequests';
import '../../i18n/accountSecurity.zh-CN';
import '../../i18n/administration.zh-CN';

const formatTime = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');
const isLocked = (user: AdminUser) => user.lockedUntil !== null && dayjs(user.lockedUntil).isAfter(dayjs());

export default function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const phone = useIsPhone();
  const actionRef = useRef<ActionType>(undefined);
  const [q, setQ] = useState<string | undefined>(undefined);
  const [oneTime, setOneTime] = useState<OneTimePassword | null>(null);
  const request = useCursorRequest<AdminUser>('/api/admin/users');
  const myRequests = useApiGet<DataResponse<AccountRequest>>('/api/admin/account-requests');

  const act = async (user: AdminUser, action: 'unlock' | 'disable' | 'enable' | 'reset-password') => {
    try {
      if (action === 'reset-password') {
        // A business account's reset waits for the security administrator; no password exists before that.
        const answer = await api.post<ResetAnswer>(`/api/admin/users/${user.id}/reset-password`);
        if (answer.initialPassword) setOneTime({ name: user.displayName, password: answer.initialPassword });
        else message.info(t('accountRequests.resetSubmitted'));
      } else {
        const after = await api.post<AdminUser>(`/api/admin/users/${user.id}/${action}`);
        const waiting = action === 'disable' && after.status === 'active';
        message[waiting ? 'info' : 'success'](waiting ? t('accountRequests.disableSubmitted') : t('common.done'));
      }
      myRequests.reload();
      await actionRef.current?.reload();
    } catch (caught) {
      message.error(errorText(caught));
    }
  };

  const confirmButton = (label: string, title: string, onConfirm: () => Promise<void>, danger = false) => (
    <Popconfirm
      title={title}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      onConfirm={() => void onConfirm()}
    >
      <Button type="link" size="small" danger={danger} style={{ padding: 0 }}>
        {label}
      </Button>
    </Popconfirm>
  );

  const columns: ProColumns<AdminUser>[] = [
    { title: t('users.username'), dataIndex: 'username', width: 160 },
    { title: t('users.displayName'), dataIndex: 'displayName', width: 120 },
    {
      title: t('users.status'),
      dataIndex: 'status',
      width: 200,
      render: (_dom, user) => (
        <Space size={4} direction="vertical" align="start">
          <Tag color={user.status === 'active' ? 'green' : 'default'}>{t(`users.statusValue.${user.status}`)}</Tag>
          {isLocked(user) && <Tag color="red">{t('users.lockedUntil', { time: formatTime(user.lockedUntil) })}</Tag>}
          {user.pendingRequests.map((kind) => (
            <Tag key={kind} color="orange">
              {t('accountRequests.pendingTag', { kind: t(`approvals.kind.${kind}`) })}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('users.roles'),
      dataIndex: 'roles',
      render: (_dom, user) => (user.roles.length ? user.roles.map((role) => <Tag key={role}>{role}</Tag>) : '—'),
    },
    {
      title: t('users.totp'),
      dataIndex: 'totpEnabled',
      width: 96,
      render: (_dom, user) => (user.totpEnabled ? t('users.totpOn') : t('users.totpOff')),
    },
    {
      title: t('users.lastLoginAt'),
      dataIndex: 'lastLoginAt',
      width: 150,
      render: (_dom, user) => formatTime(user.lastLoginAt),
    },
    {
      title: t('users.passwordChangedAt'),
      dataIndex: 'passwordChangedAt',
      width: 150,
      render: (_dom, user) => formatTime(user.passwordChangedAt),
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      // A pinned column would cover the whole table on a phone.
      fixed: phone ? undefined : 'right',
      width: 210,
      render: (_dom, user) => [
        <span key="reset">
          {confirmButton(t('users.resetPassword'), t('users.resetConfirm', { name: user.displayName }), () =>
            act(user, 'reset-password'),
          )}
        </span>,
        isLocked(user) ? (
          <span key="unlock">
            {confirmButton(t('users.unlock'), t('users.unlockConfirm', { name: user.displayName }), () =>
              act(user, 'unlock'),
            )}
          </span>
        ) : null,
        user.status === 'active' ? (
          <span key="disable">
            {confirmButton(
              t('users.disable'),
              t('users.disableConfirm', { name: user.displayName }),
              () => act(user, 'disable'),
              true,
            )}
          </span>
        ) : (
          <span key="enable">
            {confirmButton(t('users.enable'), t('users.enableConfirm', { name: user.displayName }), () =>
              act(user, 'enable'),
            )}
          </span>
        ),
      ],
    },
  ];

  const createForm = (
    <ModalForm<{ username: string; displayName: string }>
      key="create"
      title={t('users.create')}
      width={440}
      modalProps={{ destroyOnHidden: true }}
      trigger={
        <Button type="primary" icon={<PlusOutlined />}>
          {t('users.create')}
        </Button>
      }
      onFinish={async (values) => {
        try {
          const created = await api.post<CreatedUser>('/api/admin/users', values);
          setOneTime({ name: created.user.displayName, password: created.initialPassword });
          await actionRef.current?.reload();
          return true;
        } catch (caught) {
          message.error(errorText(caught));
          return false;
        }
      }}
    >
      <ProFormText
        name="username"
        label={t('users.username')}
        extra={t('users.usernameRule')}
        fieldProps={{ autoComplete: 'off', autoCapitalize: 'off' }}
        rules={[
          { required: true, message: t('users.usernameRequired') },
          { pattern: /^[a-z0-9_.]{3,32}$/, message: t('users.usernameRule') },
        ]}
      />
      <ProFormText
        name="displayName"
        label={t('users.displayName')}
        rules={[{ required: true, message: t('users.displayNameRequired') }]}
      />
    </ModalForm>
  );

  return (
    <PageContainer title={t('users.title')} className="hehu-page">
      <ProTable<AdminUser, { q?: string }>
        rowKey="id"
        actionRef={actionRef}
        columns={columns}
        params={{ q }}
        request={request}
        search={false}
        options={{ reload: true, density: false, setting: false }}
        scroll={{ x: 1240 }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        headerTitle={
          <Input.Search
            aria-label={t('users.search')}
            placeholder={t('users.search')}
            allowClear
            style={{ width: 260, maxWidth: '100%' }}
            onSearch={(value) => setQ(value.trim() || undefined)}
          />
        }
        toolBarRender={() => [createForm]}
      />
      <MyRequests requests={myRequests} onPassword={setOneTime} />
      <OneTimePasswordModal value={oneTime} onClose={() => setOneTime(null)} />
    </PageContainer>
  );
}
