// 协作单位与报告单位: the city's registry of the units that answer referrals and of those that file mandatory
// reports, kept under rules:manage. Filtered by role and status; a unit is added or changed in a dialog (its role
// is fixed once added, the kinds offered follow the role), deactivated when it has no open referral left and
// reactivated. On a phone the rows are cards with buttons of at least 44 px.
import { useState } from 'react';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Empty, Flex, Form, Input, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PARTNER_KINDS, PARTNER_KIND_LABELS, REPORTER_ORG_KINDS, REPORTER_ORG_KIND_LABELS } from '@hehu/domain';
import { ApiError, api, errorText } from '../../api/client';
import type { Answer, RequestBody } from '../../api/types';
import { useApiGet } from '../../api/useApiGet';
import { DivisionPicker } from '../../components/DivisionPicker';
import { FormDialog } from '../../components/FormDialog';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import { useLang } from '../children/childFormat';
import { label } from './caseFormat';
import '../../i18n/caseSettings.zh-CN';

type UnitList = Answer<'getCasesPartnerUnits'>;
type Unit = UnitList['items'][number];
type Role = Unit['role'];
type UnitInput = RequestBody<'postCasesPartnerUnits'>;
type UnitChange = RequestBody<'putCasesPartnerUnitsById'>;

const KINDS: Record<Role, readonly string[]> = { partner: PARTNER_KINDS, reporter: REPORTER_ORG_KINDS };
const KIND_LABELS: Record<Role, Record<string, { zh: string; en: string }>> = {
  partner: PARTNER_KIND_LABELS,
  reporter: REPORTER_ORG_KIND_LABELS,
};

interface UnitValues {
  name: string;
  role: Role;
  kind?: string;
  divisionCode?: string;
}

type Editing = { mode: 'add' } | { mode: 'edit'; unit: Unit };

function useKindName() {
  const lang = useLang();
  return (role: Role, kind: string) => label(KIND_LABELS[role], kind, lang);
}

function StatusTag({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  return unit.active ? (
    <Tag color="green">{t('caseSettings.units.active')}</Tag>
  ) : (
    <Tag>{t('caseSettings.units.inactive')}</Tag>
  );
}

function UnitActions({ unit, onEdit, onToggle }: { unit: Unit; onEdit: () => void; onToggle: () => void }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const size = phone ? { minHeight: 44, minWidth: 44 } : undefined;
  return (
    <Space size={8} wrap>
      <Button icon={<EditOutlined />} onClick={onEdit} style={size} data-testid="unit-edit">
        {t('common.edit')}
      </Button>
      <Button danger={unit.active} onClick={onToggle} style={size} data-testid="unit-toggle">
        {unit.active ? t('caseSettings.units.deactivate') : t('caseSettings.units.reactivate')}
      </Button>
    </Space>
  );
}

export default function PartnerUnitsPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const phone = useIsPhone();
  const kindName = useKindName();
  const list = useApiGet<UnitList>('/api/cases/partner-units');
  const [role, setRole] = useState<Role | 'all'>('all');
  const [status, setStatus] = useState<'all' | 'active' | 'inactive'>('all');
  const [editing, setEditing] = useState<Editing | null>(null);

  const rows = (list.data?.items ?? []).filter(
    (u) => (role === 'all' || u.role === role) && (status === 'all' || u.active === (status === 'active')),
  );

  const save = async (values: UnitValues) => {
    const common = { name: values.name.trim(), kind: values.kind ?? '', divisionCode: values.divisionCode ?? '' };
    if (editing?.mode === 'edit') {
      const body: UnitChange = { ...common, active: editing.unit.active, version: editing.unit.version };
      try {
        await api.put(`/api/cases/partner-units/${editing.unit.id}`, body);
      } catch (caught) {
        // Someone changed it meanwhile: the list shows their change, the dialog stays open with the message.
        if (caught instanceof ApiError && caught.status === 409) list.reload();
        throw caught;
      }
    } else {
      const body: UnitInput = { ...common, role: values.role };
      await api.post('/api/cases/partner-units', body);
    }
    setEditing(null);
    list.reload();
  };

  const toggle = (unit: Unit) => {
    const active = !unit.active;
    modal.confirm({
      title: active
        ? t('caseSettings.units.reactivateConfirm', { name: unit.name })
        : t('caseSettings.units.deactivateConfirm', { name: unit.name }),
      okText: active ? t('caseSettings.units.reactivate') : t('caseSettings.units.deactivate'),
      okButtonProps: { danger: !active },
      cancelText: t('common.cancel'),
      onOk: async () => {
        const body: UnitChange = {
          name: unit.name,
          kind: unit.kind,
          divisionCode: unit.divisionCode,
          active,
          version: unit.version,
        };
        try {
          await api.put(`/api/cases/partner-units/${unit.id}`, body);
          void message.success(active ? t('caseSettings.units.reactivated') : t('caseSettings.units.deactivated'));
        } catch (caught) {
          void message.error(errorText(caught));
        }
        list.reload();
      },
    });
  };

  const columns: TableColumnsType<Unit> = [
    { title: t('caseSettings.units.name'), dataIndex: 'name', render: (name: string) => <strong>{name}</strong> },
    {
      title: t('caseSettings.units.role'),
      dataIndex: 'role',
      width: 100,
      render: (r: Role) => t(`caseSettings.units.roles.${r}`),
    },
    { title: t('caseSettings.units.kind'), key: 'kind', width: 180, render: (_v, u) => kindName(u.role, u.kind) },
    { title: t('caseSettings.units.division'), dataIndex: 'divisionName', width: 120 },
    { title: t('caseSettings.units.accounts'), dataIndex: 'accounts', width: 80, align: 'right' },
    { title: t('caseSettings.units.openReferrals'), dataIndex: 'openReferrals', width: 100, align: 'right' },
    { title: t('caseSettings.units.status'), key: 'status', width: 90, render: (_v, u) => <StatusTag unit={u} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 190,
      render: (_v, u) => (
        <UnitActions unit={u} onEdit={() => setEditing({ mode: 'edit', unit: u })} onToggle={() => toggle(u)} />
      ),
    },
  ];

  const filterStyle = {
    minWidth: phone ? 0 : 160,
    flex: phone ? '1 1 140px' : undefined,
    height: phone ? 44 : undefined,
  };
  const editingUnit = editing?.mode === 'edit' ? editing.unit : undefined;

  return (
    <PageContainer
      title={t('caseSettings.units.title')}
      className="hehu-page"
      content={<Typography.Text type="secondary">{t('caseSettings.units.intro')}</Typography.Text>}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing({ mode: 'add' })}
          data-testid="unit-add"
          style={phone ? { minHeight: 44 } : undefined}
        >
          {t('caseSettings.units.add')}
        </Button>
      }
    >
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('caseSettings.units.role')}
          value={role}
          onChange={setRole}
          style={filterStyle}
          data-testid="unit-filter-role"
          options={[
            { value: 'all', label: t('caseSettings.units.allRoles') },
            { value: 'partner', label: t('caseSettings.units.roles.partner') },
            { value: 'reporter', label: t('caseSettings.units.roles.reporter') },
          ]}
        />
        <Select
          aria-label={t('caseSettings.units.status')}
          value={status}
          onChange={setStatus}
          style={filterStyle}
          data-testid="unit-filter-status"
          options={[
            { value: 'all', label: t('caseSettings.units.allStatus') },
            { value: 'active', label: t('caseSettings.units.active') },
            { value: 'inactive', label: t('caseSettings.units.inactive') },
          ]}
        />
      </Flex>
      {list.error !== undefined && !list.data ? (
        <LoadProblem error={list.error} />
      ) : !list.data ? (
        <Skeleton active />
      ) : rows.length === 0 ? (
        <Empty description={t('caseSettings.units.empty')} />
      ) : phone ? (
        <Flex vertical gap={8} data-testid="units">
          {rows.map((u) => (
            <Card key={u.id} size="small" data-testid="unit-row">
              <Flex justify="space-between" align="start" gap={8}>
                <Typography.Text strong>{u.name}</Typography.Text>
                <StatusTag unit={u} />
              </Flex>
              <Typography.Paragraph type="secondary" style={{ margin: '4px 0 8px', fontSize: 13 }}>
                {t(`caseSettings.units.roles.${u.role}`)} · {kindName(u.role, u.kind)} · {u.divisionName}
                <br />
                {t('caseSettings.units.accountsValue', { count: u.accounts })} ·{' '}
                {t('caseSettings.units.openValue', { count: u.openReferrals })}
              </Typography.Paragraph>
              <UnitActions unit={u} onEdit={() => setEditing({ mode: 'edit', unit: u })} onToggle={() => toggle(u)} />
            </Card>
          ))}
        </Flex>
      ) : (
        <Table<Unit>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: 960 }}
          data-testid="units"
          onRow={() => ({ 'data-testid': 'unit-row' }) as React.HTMLAttributes<HTMLElement>}
        />
      )}
      <FormDialog<UnitValues>
        open={editing !== null}
        title={editingUnit ? t('caseSettings.units.editTitle') : t('caseSettings.units.addTitle')}
        doneText={editingUnit ? t('caseSettings.units.saved') : t('caseSettings.units.added')}
        onCancel={() => setEditing(null)}
        onSubmit={save}
        initialValues={
          editingUnit
            ? {
                name: editingUnit.name,
                role: editingUnit.role,
                kind: editingUnit.kind,
                divisionCode: editingUnit.divisionCode,
              }
            : { role: 'partner' }
        }
        testId="unit-form"
      >
        {(form) => (
          <>
            <Form.Item
              name="name"
              label={t('caseSettings.units.name')}
              rules={[{ required: true, whitespace: true, message: t('caseSettings.units.nameRequired') }]}
            >
              <Input maxLength={100} autoComplete="off" />
            </Form.Item>
            <Form.Item name="role" label={t('caseSettings.units.role')}>
              <Select
                disabled={editingUnit !== undefined}
                onChange={() => form.setFieldValue('kind', undefined)}
                options={(['partner', 'reporter'] as const).map((r) => ({
                  value: r,
                  label: t(`caseSettings.units.roles.${r}`),
                }))}
              />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a: UnitValues, b: UnitValues) => a.role !== b.role}>
              {() => {
                const current = (form.getFieldValue('role') as Role | undefined) ?? 'partner';
                return (
                  <Form.Item
                    name="kind"
                    label={t('caseSettings.units.kind')}
                    rules={[{ required: true, message: t('caseSettings.units.kindRequired') }]}
                  >
                    <Select
                      data-testid="unit-kind"
                      options={KINDS[current].map((k) => ({ value: k, label: kindName(current, k) }))}
                    />
                  </Form.Item>
                );
              }}
            </Form.Item>
            <Form.Item
              name="divisionCode"
              label={t('caseSettings.units.division')}
              rules={[{ required: true, message: t('caseSettings.units.divisionRequired') }]}
            >
              <DivisionPicker wholeCity />
            </Form.Item>
          </>
        )}
      </FormDialog>
    </PageContainer>
  );
}
