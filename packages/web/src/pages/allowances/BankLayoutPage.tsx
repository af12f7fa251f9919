// 银行代发格式: the layout the county's bank files use (columns, headers, order, encoding), the shared and the
// county's own layouts to choose from, and what recent rolls were exported with. The county officer
// (allowances:prepare) chooses another layout or edits one: a shared layout into a copy of the county's own, its
// own into the next version. The server's problems land on the column and field they name.
import { useEffect, useState } from 'react';
import { PageContainer } from '@ant-design/pro-components';
import {
  App,
  Alert,
  Button,
  Card,
  Dropdown,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Skeleton,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { BANK_REFERENCE_KEYS, type BankColumnKey } from '@hehu/domain';
import type { BankLayoutView, CountyBankLayout } from '../../api/allowances';
import { api, ApiError, errorText } from '../../api/client';
import { useApiGet } from '../../api/useApiGet';
import { useAccess } from '../../auth/access';
import { LoadProblem } from '../../components/LoadProblem';
import { placeServerErrors } from '../../components/serverFieldErrors';
import { useIsPhone } from '../../hooks/useIsPhone';
import { useMyCounties } from './allowanceFormat';
import { editorValues, layoutInput, unusedKeys, type EditorValues } from './bankLayoutEditor';
import '../../i18n/bankLayouts.zh-CN';

function useKeyName() {
  const { t } = useTranslation();
  return (key: BankColumnKey) => t(`bankLayouts.keys.${key}`);
}

function LayoutTags({ layout, inUse }: { layout: BankLayoutView; inUse?: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap>
      {inUse && <Tag color="green">{t('bankLayouts.inUse')}</Tag>}
      <Tag color={layout.builtIn ? 'blue' : 'purple'}>
        {layout.builtIn ? t('bankLayouts.shared') : t('bankLayouts.own')}
      </Tag>
      <Tag>{t('bankLayouts.version', { version: layout.version })}</Tag>
      <Tag>{layout.encoding.toUpperCase()}</Tag>
    </Flex>
  );
}

/** The layout's columns in file order: a table on a desktop, numbered lines on a phone. */
function LayoutColumns({ layout }: { layout: BankLayoutView }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const keyName = useKeyName();
  const rows = layout.columns.map((c, i) => ({ ...c, n: i + 1 }));
  const reference = layout.referenceColumn;
  const referenceLine = (
    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
      {t('bankLayouts.referenceColumn')}：
      {reference
        ? (layout.columns.find((c) => c.key === reference)?.header ?? reference)
        : t('bankLayouts.noReference')}
    </Typography.Text>
  );
  if (phone)
    return (
      <Flex vertical gap={4} data-testid="layout-columns">
        {rows.map((c) => (
          <Typography.Text key={c.key}>
            {c.n}. <Typography.Text strong>{c.header}</Typography.Text>
            <Typography.Text type="secondary"> · {keyName(c.key)}</Typography.Text>
          </Typography.Text>
        ))}
        {referenceLine}
      </Flex>
    );
  const columns: TableColumnsType<(typeof rows)[number]> = [
    { title: t('bankLayouts.order'), dataIndex: 'n', width: 70 },
    {
      title: t('bankLayouts.header'),
      dataIndex: 'header',
      render: (h: string) => <Typography.Text strong>{h}</Typography.Text>,
    },
    { title: t('bankLayouts.content'), dataIndex: 'key', render: (k: BankColumnKey) => keyName(k) },
  ];
  return (
    <Flex vertical gap={8}>
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={rows}
        data-testid="layout-columns"
      />
      {referenceLine}
    </Flex>
  );
}

function LayoutEditor({
  countyCode,
  countyName,
  editing,
  onClose,
  onSaved,
}: {
  countyCode: string;
  countyName: string;
  /** The layout being edited; null for a new one. */
  editing: BankLayoutView | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const phone = useIsPhone();
  const keyName = useKeyName();
  const [form] = Form.useForm<EditorValues>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const columns = Form.useWatch('columns', form) ?? [];

  useEffect(() => {
    form.setFieldsValue(editorValues(editing, countyName));
  }, [form, editing, countyName]);

  const save = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setFailure(null);
    try {
      await api.post(`/api/allowances/counties/${countyCode}/bank-layouts`, layoutInput(values, editing));
      void message.success(t('bankLayouts.saved'));
      onSaved();
    } catch (caught) {
      placeServerErrors(caught, form);
      setFailure(caught instanceof ApiError ? caught.message : errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  const referenceOptions = [
    { value: 'none', label: t('bankLayouts.noReference') },
    ...columns
      .filter((c) => c && BANK_REFERENCE_KEYS.includes(c.key))
      .map((c) => ({ value: c.key, label: c.header || keyName(c.key) })),
  ];

  return (
    <Modal
      open
      title={editing ? t('bankLayouts.editTitle') : t('bankLayouts.createTitle')}
      okText={t('bankLayouts.save')}
      onOk={() => void save().catch(() => undefined)}
      confirmLoading={busy}
      onCancel={onClose}
      width={phone ? '100%' : 640}
      destroyOnHidden
      data-testid="layout-editor"
    >
      <Typography.Paragraph type="secondary">
        {editing?.builtIn || !editing
          ? t('bankLayouts.sharedHint')
          : t('bankLayouts.ownHint', { version: editing.version + 1 })}
      </Typography.Paragraph>
      <Form<EditorValues> form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          name="name"
          label={t('bankLayouts.name')}
          rules={[{ required: true, whitespace: true, message: t('bankLayouts.nameRequired') }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Flex gap={12} vertical={phone}>
          <Form.Item name="encoding" label={t('bankLayouts.encoding')} style={{ flex: 1 }}>
            <Select
              options={[
                { value: 'gbk', label: 'GBK' },
                { value: 'utf-8', label: 'UTF-8' },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="referenceColumn"
            label={t('bankLayouts.referenceColumn')}
            tooltip={t('bankLayouts.referenceHint')}
            style={{ flex: 2 }}
          >
            <Select options={referenceOptions} />
          </Form.Item>
        </Flex>
        <Typography.Text strong>{t('bankLayouts.columns')}</Typography.Text>
        <Form.List name="columns">
          {(fields, { add, remove, move }, { errors }) => (
            <Flex vertical gap={phone ? 12 : 4} style={{ marginTop: 8 }}>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="start" wrap={phone} data-testid="layout-editor-column">
                  <Typography.Text style={{ width: 24, lineHeight: '32px' }}>{index + 1}.</Typography.Text>
                  <Form.Item
                    name={[field.name, 'key']}
                    style={{ marginBottom: 0, width: phone ? 'calc(100% - 32px)' : 190 }}
                  >
                    <Select
                      aria-label={t('bankLayouts.content')}
                      options={unusedKeys(columns.filter((_c, i) => i !== index)).map((k) => ({
                        value: k,
                        label: keyName(k),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'header']}
                    rules={[{ required: true, whitespace: true, message: t('bankLayouts.headerRequired') }]}
                    style={{
                      marginBottom: 0,
                      flex: 1,
                      minWidth: phone ? 'calc(100% - 32px)' : 120,
                      marginInlineStart: phone ? 32 : 0,
                    }}
                  >
                    <Input maxLength={30} aria-label={t('bankLayouts.header')} />
                  </Form.Item>
                  <Flex gap={4} style={{ marginInlineStart: phone ? 32 : 0 }}>
                    <Button
                      icon={<ArrowUpOutlined />}
                      aria-label={t('bankLayouts.moveUp')}
                      disabled={index === 0}
                      onClick={() => move(index, index - 1)}
                      style={phone ? { minWidth: 44, minHeight: 44 } : undefined}
                    />
                    <Button
                      icon={<ArrowDownOutlined />}
                      aria-label={t('bankLayouts.moveDown')}
                      disabled={index === fields.length - 1}
                      onClick={() => move(index, index + 1)}
                      style={phone ? { minWidth: 44, minHeight: 44 } : undefined}
                    />
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t('bankLayouts.remove')}
                      disabled={fields.length === 1}
                      onClick={() => remove(index)}
                      style={phone ? { minWidth: 44, minHeight: 44 } : undefined}
                    />
                  </Flex>
                </Flex>
              ))}
              <Form.ErrorList errors={errors} />
              <Dropdown
                disabled={unusedKeys(columns).length === 0}
                menu={{
                  items: unusedKeys(columns).map((k) => ({ key: k, label: keyName(k) })),
                  onClick: ({ key }) =>
                    add({ key, header: t(`bankLayouts.keys.${key as BankColumnKey}`).replace(/（.*）$/, '') }),
                }}
              >
                <Button
                  icon={<PlusOutlined />}
                  style={{ alignSelf: 'flex-start', minHeight: phone ? 44 : undefined }}
                  data-testid="layout-add-column"
                >
                  {t('bankLayouts.addColumn')}
                </Button>
              </Dropdown>
            </Flex>
          )}
        </Form.List>
      </Form>
      {failure && (
        <Alert type="error" showIcon message={failure} style={{ marginTop: 12 }} data-testid="layout-editor-error" />
      )}
    </Modal>
  );
}

export default function BankLayoutPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useAccess();
  const phone = useIsPhone();
  const counties = useMyCounties();
  const [countyCode, setCountyCode] = useState<string | null>(null);
  const chosen = countyCode ?? counties?.[0]?.code ?? null;
  const view = useApiGet<CountyBankLayout>(chosen ? `/api/allowances/counties/${chosen}/bank-layout` : null);
  const [editing, setEditing] = useState<BankLayoutView | null | undefined>(undefined);
  const mayEdit = can('allowances:prepare');
  const data = view.data;
  const current = data?.layouts.find((l) => l.code === data.layoutCode);
  const buttonStyle = phone ? { minHeight: 44 } : undefined;

  const use = async (layout: BankLayoutView) => {
    try {
      await api.put(`/api/allowances/counties/${chosen}/bank-layout`, { layoutCode: layout.code });
      void message.success(t('bankLayouts.used', { name: layout.name }));
      view.reload();
    } catch (caught) {
      void message.error(errorText(caught));
    }
  };

  return (
    <PageContainer
      title={t('bankLayouts.title')}
      className="hehu-page"
      content={<Typography.Text type="secondary">{t('bankLayouts.intro')}</Typography.Text>}
      extra={
        counties && counties.length > 1 ? (
          <Select
            aria-label={t('bankLayouts.county')}
            value={chosen}
            onChange={setCountyCode}
            options={counties.map((c) => ({ value: c.code, label: c.name }))}
            style={{ minWidth: 140 }}
          />
        ) : undefined
      }
    >
      {view.error !== undefined && !data ? (
        <LoadProblem error={view.error} />
      ) : counties && counties.length === 0 ? (
        <Empty />
      ) : !data || !current ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={12} data-testid="bank-layout">
          <Card
            size="small"
            title={current.name}
            extra={
              mayEdit && (
                <Button
                  icon={<EditOutlined />}
                  onClick={() => setEditing(current)}
                  style={buttonStyle}
                  data-testid="layout-edit-current"
                >
                  {current.builtIn ? t('bankLayouts.editShared') : t('bankLayouts.edit')}
                </Button>
              )
            }
            data-testid="layout-in-use"
          >
            <Flex vertical gap={8}>
              <LayoutTags layout={current} inUse />
              <LayoutColumns layout={current} />
            </Flex>
          </Card>
          <Card
            size="small"
            title={t('bankLayouts.choices')}
            extra={
              mayEdit && (
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => setEditing(null)}
                  style={buttonStyle}
                  data-testid="layout-create"
                >
                  {t('bankLayouts.create')}
                </Button>
              )
            }
          >
            <Flex vertical gap={12}>
              {data.layouts.map((layout) => (
                <Flex key={layout.code} vertical gap={4} data-testid="layout-choice">
                  <Flex justify="space-between" align="center" gap={8} wrap>
                    <Typography.Text strong>{layout.name}</Typography.Text>
                    <LayoutTags layout={layout} inUse={layout.code === data.layoutCode} />
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {layout.columns.map((c) => c.header).join(' | ')}
                  </Typography.Text>
                  {mayEdit && (
                    <Flex gap={8}>
                      {layout.code !== data.layoutCode && (
                        <Button size={phone ? 'middle' : 'small'} onClick={() => void use(layout)} style={buttonStyle}>
                          {t('bankLayouts.use')}
                        </Button>
                      )}
                      <Button size={phone ? 'middle' : 'small'} onClick={() => setEditing(layout)} style={buttonStyle}>
                        {layout.builtIn ? t('bankLayouts.editShared') : t('bankLayouts.edit')}
                      </Button>
                    </Flex>
                  )}
                </Flex>
              ))}
            </Flex>
          </Card>
          <Card size="small" title={t('bankLayouts.exported')}>
            {data.exportedRolls.length === 0 ? (
              <Typography.Text type="secondary">{t('bankLayouts.exportedEmpty')}</Typography.Text>
            ) : (
              <Flex vertical gap={4}>
                {data.exportedRolls.map((r) => (
                  <Typography.Text key={r.rollId}>
                    {r.month} · {r.layoutName} · {t('bankLayouts.version', { version: r.version })}
                  </Typography.Text>
                ))}
              </Flex>
            )}
          </Card>
        </Flex>
      )}
      {editing !== undefined && chosen && data && (
        <LayoutEditor
          countyCode={chosen}
          countyName={data.countyName}
          editing={editing}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            view.reload();
          }}
        />
      )}
    </PageContainer>
  );
}
