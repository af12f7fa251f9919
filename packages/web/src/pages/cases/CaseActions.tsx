// What the user may do to a case now: the actions the server lists in allowedActions (each in a dialog with the
// fields it needs), assigning a case worker (supervisors), linking the child's file, and putting a closed case
// in the library (supervisors).
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { App, Button, DatePicker, Flex, Form, Input, Select, Switch } from 'antd';
import { BookOutlined, LinkOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import {
  CASE_ACTIONS,
  LONG_TERM_GUARDIANSHIP_TRIGGERS,
  PLACEMENTS,
  TEMPORARY_GUARDIANSHIP_TRIGGERS,
  type CaseActionCode,
} from '@hehu/domain';
import { api, errorText } from '../../api/client';
import { useApiGet } from '../../api/useApiGet';
import { useAccess } from '../../auth/access';
import { FormDialog } from '../../components/FormDialog';
import { useIsPhone } from '../../hooks/useIsPhone';
import { useCaseLabels } from './caseFormat';
import { MIN_NOTE_CHARS, actionBody, actionFields, type ActionFormValues } from './caseRules';
import type { SectionProps } from './CaseSections';
import type { LibraryEntry, TeamMember } from './types';
import '../../i18n/cases.zh-CN';

type ActionValues = Omit<ActionFormValues, 'date'> & { date?: Dayjs };

const FORWARD: ReadonlySet<CaseActionCode> = new Set([
  'accept',
  'verify',
  'assess',
  'plan',
  'request_closure',
  'approve_closure',
]);

function ActionDialog({
  detail,
  change,
  action,
  onClose,
}: SectionProps & { action: CaseActionCode | null; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const phone = useIsPhone();
  const fields = action ? actionFields(action) : null;
  const name = action ? CASE_ACTIONS[action].label[labels.lang] : '';
  const noteRules = fields?.noteRequired
    ? [
        {
          required: true,
          whitespace: true,
          min: MIN_NOTE_CHARS,
          message: t('cases.action.noteRequired', { count: MIN_NOTE_CHARS }),
        },
      ]
    : [];
  return (
    <FormDialog<ActionValues>
      open={action !== null}
      title={name}
      okText={name}
      danger={action === 'return_closure'}
      width={640}
      onCancel={onClose}
      doneText={t('cases.detail.done')}
      testId="case-action-form"
      initialValues={fields?.verification ? { date: dayjs(), needsTemporaryGuardianship: false } : undefined}
      onSubmit={async (values) => {
        if (!action) return;
        const body = actionBody(action, detail.version, {
          ...values,
          date: values.date ? values.date.format('YYYY-MM-DD') : undefined,
        });
        await change(() => api.post(`/api/cases/${detail.id}/actions`, body));
        onClose();
      }}
    >
      {fields?.verification && (
        <>
          <Form.Item name="method" label={t('cases.action.method')}>
            <Input maxLength={40} placeholder={t('cases.action.methodPlaceholder')} />
          </Form.Item>
          <Flex gap={12} wrap>
            <Form.Item
              name="date"
              label={t('cases.action.date')}
              rules={[{ required: true, message: t('cases.action.dateRequired') }]}
              style={{ flex: 1, minWidth: 160 }}
            >
              <DatePicker style={{ width: '100%' }} inputReadOnly={phone} />
            </Form.Item>
            <Form.Item name="staff" label={t('cases.action.staff')} style={{ flex: 1, minWidth: 160 }}>
              <Input maxLength={100} />
            </Form.Item>
          </Flex>
          <Form.Item name="place" label={t('cases.action.place')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="needsTemporaryGuardianship" label={t('cases.action.needsTemporary')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </>
      )}
      {fields?.temporary && (
        <>
          <Form.Item
            name="temporaryTrigger"
            label={t('cases.action.temporaryTrigger')}
            rules={[{ required: true, message: t('cases.action.temporaryTriggerRequired') }]}
          >
            <Select
              options={TEMPORARY_GUARDIANSHIP_TRIGGERS.map((c) => ({ value: c, label: labels.temporaryTrigger(c) }))}
              optionRender={(o) => <span style={{ whiteSpace: 'normal' }}>{o.label}</span>}
            />
          </Form.Item>
          <Form.Item
            name="placement"
            label={t('cases.action.placement')}
            rules={[{ required: true, message: t('cases.action.placementRequired') }]}
          >
            <Select options={PLACEMENTS.map((c) => ({ value: c, label: labels.placement(c) }))} />
          </Form.Item>
          <Form.Item name="placementDetail" label={t('cases.action.placementDetail')}>
            <Input maxLength={200} />
          </Form.Item>
        </>
      )}
      {fields?.longTerm && (
        <Form.Item
          name="longTermTrigger"
          label={t('cases.action.longTermTrigger')}
          rules={[{ required: true, message: t('cases.action.longTermTriggerRequired') }]}
        >
          <Select
            options={LONG_TERM_GUARDIANSHIP_TRIGGERS.map((c) => ({ value: c, label: labels.longTermTrigger(c) }))}
            optionRender={(o) => <span style={{ whiteSpace: 'normal' }}>{o.label}</span>}
          />
        </Form.Item>
      )}
      <Form.Item
        name="note"
        label={fields?.noteIsReturnAssessment ? t('cases.action.returnAssessment') : t('cases.action.note')}
        rules={noteRules}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} showCount />
      </Form.Item>
    </FormDialog>
  );
}

function AssignDialog({ detail, change, open, onClose }: SectionProps & { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const members = useApiGet<TeamMember[]>(open ? `/api/cases/${detail.id}/assignable` : null);
  const list = members.data ?? [];
  return (
    <FormDialog<{ userId: string }>
      open={open}
      title={t('cases.assign.title')}
      okText={t('cases.assign.button')}
      onCancel={onClose}
      doneText={t('cases.assign.done')}
      initialValues={{ userId: detail.owner?.id }}
      testId="case-assign-form"
      onSubmit={async ({ userId }) => {
        await change(() => api.post(`/api/cases/${detail.id}/assign`, { userId, version: detail.version }));
        onClose();
      }}
    >
      <Form.Item
        name="userId"
        label={t('cases.assign.user')}
        rules={[{ required: true, message: t('cases.assign.userRequired') }]}
      >
        <Select
          showSearch
          optionFilterProp="label"
          loading={members.loading}
          options={list.map((m) => ({ value: m.userId, label: `${m.name} · ${m.unit}` }))}
        />
      </Form.Item>
    </FormDialog>
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function LinkChildDialog({ detail, change, open, onClose }: SectionProps & { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormDialog<{ childId: string }>
      open={open}
      title={t('cases.detail.linkChildTitle')}
      onCancel={onClose}
      doneText={t('cases.detail.linked')}
      onSubmit={async ({ childId }) => {
        // A pasted file address works too: its last part is the id.
        const id = childId.trim().split('/').filter(Boolean).at(-1) ?? '';
        await change(() => api.post(`/api/cases/${detail.id}/child`, { childId: id, version: detail.version }));
        onClose();
      }}
    >
      <Form.Item
        name="childId"
        label={t('cases.detail.childId')}
        extra={
          <>
            {t('cases.detail.childIdHelp')}{' '}
            <Link to={`/children?q=${encodeURIComponent(detail.child.name)}`} target="_blank">
              {t('cases.detail.searchRegistry')}
            </Link>
          </>
        }
        rules={[
          {
            required: true,
            validator: (_r, value: string | undefined) =>
              UUID.test((value ?? '').trim().split('/').filter(Boolean).at(-1) ?? '')
                ? Promise.resolve()
                : Promise.reject(new Error(t('cases.detail.childIdInvalid'))),
          },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
    </FormDialog>
  );
}

export function CaseActionBar({ detail, change }: SectionProps) {
  const { t } = useTranslation();
  const { can } = useAccess();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const labels = useCaseLabels();
  const phone = useIsPhone();
  const [action, setAction] = useState<CaseActionCode | null>(null);
  const [assigning, setAssigning] = useState(false);
  const [linking, setLinking] = useState(false);
  const [drafting, setDrafting] = useState(false);
  const style = phone ? { minHeight: 44 } : undefined;
  const closed = detail.stage === 'closed';

  const draftLibrary = async () => {
    setDrafting(true);
    try {
      const entry = await api.post<LibraryEntry>(`/api/cases/${detail.id}/library`);
      void message.success(t('cases.library.added'));
      void navigate(`/case-library?entry=${entry.id}`);
    } catch (caught) {
      void message.error(errorText(caught));
    } finally {
      setDrafting(false);
    }
  };

  const buttons = [
    ...[
      ...detail.allowedActions.filter((c) => FORWARD.has(c)),
      ...detail.allowedActions.filter((c) => !FORWARD.has(c)),
    ].map((code) => (
      <Button
        key={code}
        type={FORWARD.has(code) ? 'primary' : 'default'}
        danger={code === 'return_closure'}
        onClick={() => setAction(code)}
        data-testid={`case-action-${code}`}
        style={style}
      >
        {CASE_ACTIONS[code].label[labels.lang]}
      </Button>
    )),
    detail.canSupervise && !closed && (
      <Button
        key="assign"
        icon={<UserSwitchOutlined />}
        onClick={() => setAssigning(true)}
        data-testid="case-assign"
        style={style}
      >
        {t('cases.assign.button')}
      </Button>
    ),
    can('cases:work') && !closed && detail.child.id === null && (
      <Button
        key="link"
        icon={<LinkOutlined />}
        onClick={() => setLinking(true)}
        data-testid="case-link-child"
        style={style}
      >
        {t('cases.detail.linkChild')}
      </Button>
    ),
    closed && detail.canSupervise && detail.libraryEntryId === null && (
      <Button
        key="library"
        icon={<BookOutlined />}
        loading={drafting}
        onClick={() => void draftLibrary()}
        data-testid="case-library-add"
        style={style}
      >
        {t('cases.library.add')}
      </Button>
    ),
    detail.libraryEntryId !== null && (
      <Link key="library-open" to={`/case-library?entry=${detail.libraryEntryId}`}>
        <Button icon={<BookOutlined />} style={style}>
          {t('cases.library.open')}
        </Button>
      </Link>
    ),
  ].filter(Boolean);

  if (buttons.length === 0) return null;
  return (
    <>
      <Flex wrap gap={8} data-testid="case-actions">
        {buttons}
      </Flex>
      <ActionDialog detail={detail} change={change} action={action} onClose={() => setAction(null)} />
      <AssignDialog detail={detail} change={change} open={assigning} onClose={() => setAssigning(false)} />
      <LinkChildDialog detail={detail} change={change} open={linking} onClose={() => setLinking(false)} />
    </>
  );
}
