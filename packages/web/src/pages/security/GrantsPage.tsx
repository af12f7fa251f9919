import { useRef, useState } from 'react';
import { PageContainer, ProTable } from '@ant-design/pro-components';
import type { ActionType, ProColumns } from '@ant-design/pro-components';
import { App, Button, Flex, Input, Tag, Typography } from 'antd';
import { CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api, errorText } from '../../api/client';
import type { DataResponse, GrantPartnerUnit, Institution, Role, SecurityUser } from '../../api/types';
import { useApiGet } from '../../api/useApiGet';
import { useIsPhone } from '../../hooks/useIsPhone';
import { useCursorRequest } from '../../api/useCursorRequest';
import { grantLabel } from '../../auth/grantLabel';
import { AddGrantModal } from './AddGrantModal';
import '../../i18n/administration.zh-CN';

export default function GrantsPage() {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const { message, modal } = App.useApp();
  const actionRef = useRef<ActionType>(undefined);
  const [q, setQ] = useState<string | undefined>(undefined);
  const [adding, setAdding] = useState<SecurityUser | null>(null);
  const request = useCursorRequest<SecurityUser>('/api/security/users');
  const roles = useApiGet<DataResponse<Role>>('/api/security/roles');
  const institutions = useApiGet<DataResponse<Institution>>('/api/security/institutions');
  const partnerUnits = useApiGet<DataResponse<GrantPartnerUnit>>('/api/security/partner-units');

  const remove = (grant: SecurityUser['grants'][number]) => {
    modal.confirm({
      title: t('grants.removeConfirm', { grant: grantLabel(grant, t) }),
      okText: t('grants.remove'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await api.delete(`/api/security/grants/${grant.id}`);
          message.success(t('grants.removed'));
          await actionRef.current?.reload();
        } catch (caught) {
          message.error(errorText(caught));
        }
      },
    });
  };

  const columns: ProColumns<SecurityUser>[] = [
    {
      title: t('grants.user'),
      dataIndex: 'displayName',
      width: 200,
      render: (_dom, user) => (
        <>
          <Typography.Text strong>{user.displayName}</Typography.Text>
          <br />
          <Typography.Text type="secondary">{user.username}</Typography.Text>
        </>
      ),
    },
    {
      title: t('grants.grants'),
      dataIndex: 'grants',
      render: (_dom, user) =>
        user.grants.length === 0 ? (
          <Typography.Text type="secondary">{t('grants.none')}</Typography.Text>
        ) : (
          <Flex gap={4} wrap>
            {user.grants.map((grant) => (
              <Tag
                key={grant.id}
                color="blue"
                closable
                closeIcon={<CloseOutlined aria-label={t('grants.remove')} style={{ fontSize: 12, padding: 4 }} />}
                onClose={(e) => {
                  e.preventDefault();
                  remove(grant);
                }}
                style={{ paddingBlock: 2 }}
              >
                {grantLabel(grant, t)}
              </Tag>
            ))}
          </Flex>
        ),
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      width: 120,
      fixed: phone ? undefined : 'right',
      render: (_dom, user) => [
        <Button
          key="add"
          type="link"
          size="small"
          style={{ padding: 0 }}
          icon={<PlusOutlined />}
          onClick={() => setAdding(user)}
        >
          {t('grants.add')}
        </Button>,
      ],
    },
  ];

  return (
    <PageContainer title={t('grants.title')} className="hehu-page">
      <ProTable<SecurityUser, { q?: string }>
        rowKey="id"
        actionRef={actionRef}
        columns={columns}
        params={{ q }}
        request={request}
        search={false}
        options={{ reload: true, density: false, setting: false }}
        scroll={{ x: 720 }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        headerTitle={
          <Input.Search
            aria-label={t('grants.search')}
            placeholder={t('grants.search')}
            allowClear
            style={{ width: 260, maxWidth: '100%' }}
            onSearch={(value) => setQ(value.trim() || undefined)}
          />
        }
      />
      <AddGrantModal
        user={adding}
        roles={roles.data?.data ?? []}
        institutions={institutions.data?.data ?? []}
        partnerUnits={partnerUnits.data?.data ?? []}
        onClose={() => setAdding(null)}
        onAdded={() => void actionRef.current?.reload()}
      />
    </PageContainer>
  );
}
