import { useMemo, useState } from 'react';
import { PageContainer, ProTable } from '@ant-design/pro-components';
import type { ProColumns } from '@ant-design/pro-components';
import { Alert, Button, Tag, Tooltip, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import type { DataResponse, Permission, Role } from '../../api/types';
import { useApiGet } from '../../api/useApiGet';
import { useIsPhone } from '../../hooks/useIsPhone';
import { RoleFormModal } from './RoleFormModal';
import type { RoleModalState } from './RoleFormModal';
import '../../i18n/administration.zh-CN';

export default function RolesPage() {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const roles = useApiGet<DataResponse<Role>>('/api/security/roles');
  const permissions = useApiGet<DataResponse<Permission>>('/api/security/permissions');
  const [modal, setModal] = useState<RoleModalState>(null);
  const permissionList = useMemo(() => permissions.data?.data ?? [], [permissions.data]);
  const permissionName = useMemo(() => new Map(permissionList.map((p) => [p.code, p.name])), [permissionList]);

  const columns: ProColumns<Role>[] = [
    {
      title: t('roles.name'),
      dataIndex: 'name',
      width: 200,
      render: (_dom, role) => (
        <>
          <Typography.Text strong>{role.name}</Typography.Text>
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {role.code}
          </Typography.Text>
        </>
      ),
    },
    { title: t('roles.description'), dataIndex: 'description', ellipsis: true, width: 220 },
    {
      title: t('roles.scopeKind'),
      dataIndex: 'scopeKind',
      width: 100,
      render: (_dom, role) => t(`roles.scopeValue.${role.scopeKind}`),
    },
    {
      title: t('roles.permissions'),
      dataIndex: 'permissions',
      render: (_dom, role) =>
        role.permissions.map((code) => (
          <Tooltip key={code} title={code}>
            <Tag style={{ marginBottom: 4 }}>{permissionName.get(code) ?? code}</Tag>
          </Tooltip>
        )),
    },
    {
      title: t('roles.kind'),
      dataIndex: 'builtIn',
      width: 90,
      render: (_dom, role) =>
        role.builtIn ? <Tag color="blue">{t('roles.builtIn')}</Tag> : <Tag color="purple">{t('roles.custom')}</Tag>,
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      width: 90,
      fixed: phone ? undefined : 'right',
      render: (_dom, role) => [
        <Button
          key="open"
          type="link"
          size="small"
          style={{ padding: 0 }}
          onClick={() => setModal({ mode: role.builtIn ? 'view' : 'edit', role })}
        >
          {role.builtIn ? t('roles.view') : t('common.edit')}
        </Button>,
      ],
    },
  ];

  const error = roles.error ?? permissions.error;
  return (
    <PageContainer title={t('roles.title')} className="hehu-page">
      {error !== undefined && <Alert type="error" showIcon message={errorText(error)} style={{ marginBottom: 16 }} />}
      <ProTable<Role>
        rowKey="code"
        columns={columns}
        dataSource={roles.data?.data ?? []}
        loading={roles.loading}
        search={false}
        pagination={false}
        scroll={{ x: 960 }}
        options={{ reload: roles.reload, density: false, setting: false }}
        toolBarRender={() => [
          <Button key="create" type="primary" icon={<PlusOutlined />} onClick={() => setModal({ mode: 'create' })}>
            {t('roles.create')}
          </Button>,
        ]}
      />
      <RoleFormModal state={modal} permissions={permissionList} onClose={() => setModal(null)} onSaved={roles.reload} />
    </PageContainer>
  );
}
