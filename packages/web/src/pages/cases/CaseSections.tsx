// The parts of the case workspace: the timeline of actions, the reports and their sources, the help plan's tasks,
// the referrals to partner units, and the guardianship measures. Forms that change the case call `onChanged`.
import { useState } from 'react';
import { Button, Card, DatePicker, Empty, Flex, Form, Input, Select, Space, Tag, Timeline, Typography } from 'antd';
import { CheckOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { api } from '../../api/client';
import { useApiGet } from '../../api/useApiGet';
import { useAccess } from '../../auth/access';
import { FormDialog } from '../../components/FormDialog';
import { useIsPhone } from '../../hooks/useIsPhone';
import { ReferralStatusTag, useAt, useCaseLabels } from './caseFormat';
import { groupPartners } from './caseRules';
import type { CaseActionEntry, CaseDetail, CaseTask, PartnerUnit } from './types';
import '../../i18n/cases.zh-CN';

export interface SectionProps {
  detail: CaseDetail;
  /** Sends a change and reloads the case (a stale version reloads too, then throws for the dialog). */
  change: (run: () => Promise<unknown>) => Promise<void>;
}

const isoDay = (d: Dayjs) => d.format('YYYY-MM-DD');

function ActionFacts({ entry }: { entry: CaseActionEntry }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const facts: string[] = [];
  const v = entry.data.verification;
  if (typeof v === 'object' && v !== null) {
    const f = v as Record<string, unknown>;
    const add = (key: string, text: string) => {
      const value = f[key];
      if (typeof value === 'string' && value) facts.push(`${text}：${value}`);
    };
    add('method', t('cases.action.method'));
    add('date', t('cases.action.date'));
    add('staff', t('cases.action.staff'));
    add('place', t('cases.action.place'));
    if (f.needsTemporaryGuardianship === true) facts.push(t('cases.action.needsTemporary'));
  }
  if (typeof entry.data.temporaryTrigger === 'string')
    facts.push(`${t('cases.action.temporaryTrigger')}：${labels.temporaryTrigger(entry.data.temporaryTrigger)}`);
  if (typeof entry.data.placement === 'string')
    facts.push(`${t('cases.action.placement')}：${labels.placement(entry.data.placement)}`);
  if (typeof entry.data.longTermTrigger === 'string')
    facts.push(`${t('cases.action.longTermTrigger')}：${labels.longTermTrigger(entry.data.longTermTrigger)}`);
  if (facts.length === 0) return null;
  return <Typography.Text type="secondary">{facts.join('；')}</Typography.Text>;
}

export function CaseTimeline({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { lang } = useCaseLabels();
  const at = useAt();
  if (detail.actions.length === 0) return <Empty description={t('cases.detail.timelineEmpty')} />;
  return (
    <Timeline
      data-testid="case-timeline"
      items={detail.actions.map((entry) => ({
        key: entry.id,
        color: entry.action === 'break_glass' || entry.action === 'escalated' ? 'red' : 'blue',
        children: (
          <Flex vertical gap={2}>
            <Space wrap size={8}>
              <Typography.Text strong>{entry.label[lang]}</Typography.Text>
              <Typography.Text type="secondary">
                {entry.actorName} · {at(entry.at)}
              </Typography.Text>
            </Space>
            {entry.note && <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{entry.note}</Typography.Text>}
            <ActionFacts entry={entry} />
          </Flex>
        ),
      }))}
    />
  );
}

export function CaseSources({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const at = useAt();
  return (
    <Flex vertical gap={8} data-testid="case-sources">
      {detail.intakes.map((intake) => (
        <Card key={intake.id} size="small" title={`${intake.receiptNo} · ${labels.channel(intake.channel)}`}>
          <Flex vertical gap={4}>
            <Typography.Text type="secondary">{at(intake.receivedAt)}</Typography.Text>
            {intake.trigger && <Tag color="red">{labels.trigger(intake.trigger)}</Tag>}
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {intake.description}
            </Typography.Paragraph>
            {intake.reporter ? (
              <Typography.Text data-testid="case-reporter">
                {t('cases.detail.reporter')}：
                {[
                  intake.reporter.name,
                  intake.reporter.unitName && `${t('cases.detail.unit')} ${intake.reporter.unitName}`,
                  intake.reporter.relation && `${t('cases.detail.relation')} ${intake.reporter.relation}`,
                  intake.reporter.phone && `${t('cases.detail.phone')} ${intake.reporter.phone}`,
                ]
                  .filter(Boolean)
                  .join(' · ') || '—'}
              </Typography.Text>
            ) : (
              <Typography.Text type="secondary">{t('cases.detail.reporterHidden')}</Typography.Text>
            )}
            {intake.outcome && (
              <Typography.Text>
                {t('cases.detail.outcome')}：{intake.outcome}
                {intake.toldAt && <Typography.Text type="secondary"> （{at(intake.toldAt)}）</Typography.Text>}
              </Typography.Text>
            )}
            {intake.satisfaction !== null && (
              <Typography.Text>{t('cases.detail.satisfaction', { score: intake.satisfaction })}</Typography.Text>
            )}
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}

interface TaskValues {
  goal?: string;
  title: string;
  ownerName: string;
  dueOn: Dayjs;
}

function TaskDone({ detail, task, change }: SectionProps & { task: CaseTask }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        icon={<CheckOutlined />}
        onClick={() => setOpen(true)}
        data-testid="task-done"
        style={phone ? { minHeight: 44 } : undefined}
      >
        {t('cases.tasks.done')}
      </Button>
      <FormDialog<{ serviceNote: string }>
        open={open}
        title={`${t('cases.tasks.doneTitle')}：${task.title}`}
        onCancel={() => setOpen(false)}
        doneText={t('cases.detail.done')}
        onSubmit={async ({ serviceNote }) => {
          await change(() =>
            api.post(`/api/cases/${detail.id}/tasks/${task.id}/done`, {
              version: task.version,
              serviceNote: serviceNote.trim(),
            }),
          );
          setOpen(false);
        }}
      >
        <Form.Item
          name="serviceNote"
          label={t('cases.tasks.serviceNote')}
          rules={[{ required: true, whitespace: true, message: t('cases.tasks.serviceNoteRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={1000} showCount />
        </Form.Item>
      </FormDialog>
    </>
  );
}

export function CasePlan({ detail, change }: SectionProps) {
  const { t } = useTranslation();
  const { can } = useAccess();
  const phone = useIsPhone();
  const [adding, setAdding] = useState(false);
  const working = can('cases:work') && detail.stage !== 'closed';
  return (
    <Flex vertical gap={8} data-testid="case-plan">
      {working && (
        <div>
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} style={phone ? { minHeight: 44 } : undefined}>
            {t('cases.tasks.add')}
          </Button>
        </div>
      )}
      {detail.tasks.length === 0 && <Empty description={t('cases.tasks.empty')} />}
      {detail.tasks.map((task) => (
        <Card key={task.id} size="small" data-testid="case-task">
          <Flex justify="space-between" gap={8} wrap align="center">
            <Flex vertical gap={2} style={{ flex: 1, minWidth: 200 }}>
              <Typography.Text strong>{task.title}</Typography.Text>
              {task.goal && <Typography.Text type="secondary">{task.goal}</Typography.Text>}
              <Typography.Text type="secondary">
                {task.ownerName} · {task.dueOn}
              </Typography.Text>
              {task.serviceNote && (
                <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>
                  {t('cases.tasks.serviceNote')}：{task.serviceNote}
                </Typography.Text>
              )}
            </Flex>
            {task.doneOn ? (
              <Tag color="green">{t('cases.tasks.doneOn', { date: task.doneOn })}</Tag>
            ) : working ? (
              <TaskDone detail={detail} task={task} change={change} />
            ) : (
              <Tag color="blue">{t('cases.tasks.open')}</Tag>
            )}
          </Flex>
        </Card>
      ))}
      <FormDialog<TaskValues>
        open={adding}
        title={t('cases.tasks.addTitle')}
        onCancel={() => setAdding(false)}
        doneText={t('cases.detail.done')}
        testId="task-form"
        onSubmit={async (values) => {
          await change(() =>
            api.post(`/api/cases/${detail.id}/tasks`, {
              goal: values.goal?.trim() ?? '',
              title: values.title.trim(),
              ownerName: values.ownerName.trim(),
              dueOn: isoDay(values.dueOn),
            }),
          );
          setAdding(false);
        }}
      >
        <Form.Item name="goal" label={t('cases.tasks.goal')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('cases.tasks.title')}
          rules={[{ required: true, whitespace: true, message: t('cases.tasks.titleRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="ownerName"
          label={t('cases.tasks.ownerName')}
          rules={[{ required: true, whitespace: true, message: t('cases.tasks.ownerRequired') }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item
          name="dueOn"
          label={t('cases.tasks.dueOn')}
          rules={[{ required: true, message: t('cases.tasks.dueRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} inputReadOnly={phone} />
        </Form.Item>
      </FormDialog>
    </Flex>
  );
}

interface ReferralValues {
  partnerUnitId: string;
  request: string;
  dueOn?: Dayjs | null;
}

function ReferralForm({ detail, change, open, onClose }: SectionProps & { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const phone = useIsPhone();
  const units = useApiGet<PartnerUnit[]>(open ? '/api/partner-units' : null);
  const list = units.data ?? [];
  const options = groupPartners(list).map((group) => ({
    label: labels.partnerKind(group.kind),
    title: labels.partnerKind(group.kind),
    options: group.units.map((u) => ({ value: u.id, label: u.name })),
  }));
  return (
    <FormDialog<ReferralValues>
      open={open}
      title={t('cases.referrals.addTitle')}
      okText={t('cases.referrals.add')}
      onCancel={onClose}
      doneText={t('cases.referrals.sent')}
      testId="referral-form"
      onSubmit={async (values) => {
        await change(() =>
          api.post(`/api/cases/${detail.id}/referrals`, {
            partnerUnitId: values.partnerUnitId,
            request: values.request.trim(),
            dueOn: values.dueOn ? isoDay(values.dueOn) : null,
          }),
        );
        onClose();
      }}
    >
      <Form.Item
        name="partnerUnitId"
        label={t('cases.referrals.partner')}
        rules={[{ required: true, message: t('cases.referrals.partnerRequired') }]}
      >
        <Select
          showSearch
          optionFilterProp="label"
          options={options}
          loading={units.loading}
          data-testid="referral-partner"
        />
      </Form.Item>
      <Form.Item
        name="request"
        label={t('cases.referrals.request')}
        rules={[{ required: true, whitespace: true, message: t('cases.referrals.requestRequired') }]}
      >
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={1000} showCount />
      </Form.Item>
      <Form.Item name="dueOn" label={t('cases.referrals.dueOn')}>
        <DatePicker style={{ width: '100%' }} inputReadOnly={phone} />
      </Form.Item>
    </FormDialog>
  );
}

export function CaseReferrals({ detail, change }: SectionProps) {
  const { t } = useTranslation();
  const { can } = useAccess();
  const labels = useCaseLabels();
  const phone = useIsPhone();
  const at = useAt();
  const [adding, setAdding] = useState(false);
  return (
    <Flex vertical gap={8} data-testid="case-referrals">
      {can('cases:work') && detail.stage !== 'closed' && (
        <div>
          <Button
            icon={<SendOutlined />}
            onClick={() => setAdding(true)}
            data-testid="referral-add"
            style={phone ? { minHeight: 44 } : undefined}
          >
            {t('cases.referrals.add')}
          </Button>
        </div>
      )}
      {detail.referrals.length === 0 && <Empty description={t('cases.referrals.empty')} />}
      {detail.referrals.map((r) => (
        <Card key={r.id} size="small" data-testid="case-referral">
          <Flex vertical gap={4}>
            <Flex justify="space-between" wrap gap={8}>
              <Typography.Text strong>
                {r.partnerName}
                <Typography.Text type="secondary"> · {labels.partnerKind(r.partnerKind)}</Typography.Text>
              </Typography.Text>
              <Space size={4}>
                <ReferralStatusTag status={r.status} />
                {r.overdue && <Tag color="red">{t('cases.referrals.overdue')}</Tag>}
              </Space>
            </Flex>
            <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{r.request}</Typography.Text>
            <Typography.Text type={r.overdue ? 'danger' : 'secondary'}>
              {t('cases.referrals.due', { date: r.dueOn })}
            </Typography.Text>
            {r.response && (
              <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>
                {t('cases.referrals.response')}：{r.response}
                {r.respondedAt && <Typography.Text type="secondary"> （{at(r.respondedAt)}）</Typography.Text>}
              </Typography.Text>
            )}
          </Flex>
        </Card>
      ))}
      <ReferralForm detail={detail} change={change} open={adding} onClose={() => setAdding(false)} />
    </Flex>
  );
}

export function CaseGuardianships({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  if (detail.guardianships.length === 0) return <Empty description={t('cases.guardianship.empty')} />;
  return (
    <Flex vertical gap={8} data-testid="case-guardianships">
      {detail.guardianships.map((g) => (
        <Card key={g.id} size="small" title={t(`cases.guardianship.kind.${g.kind}`)}>
          <Flex vertical gap={4}>
            <Typography.Text>
              {t('cases.guardianship.trigger')}：
              {g.kind === 'temporary' ? labels.temporaryTrigger(g.trigger) : labels.longTermTrigger(g.trigger)}
            </Typography.Text>
            {g.placement && (
              <Typography.Text>
                {t('cases.guardianship.placement')}：{labels.placement(g.placement)}
                {g.placementDetail && ` · ${g.placementDetail}`}
              </Typography.Text>
            )}
            <Typography.Text type="secondary">
              {t('cases.guardianship.started')} {g.startedOn} ·{' '}
              {g.endedOn ? `${t('cases.guardianship.ended')} ${g.endedOn}` : t('cases.guardianship.ongoing')}
            </Typography.Text>
            {g.returnAssessment && (
              <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>
                {t('cases.guardianship.returnAssessment')}：{g.returnAssessment}
              </Typography.Text>
            )}
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
