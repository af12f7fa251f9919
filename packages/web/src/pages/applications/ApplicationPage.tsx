// One application: its status and the step it waits on with the working days left, the rule check and the
// papers, the action timeline, and a button for each action the domain's table allows this user now; the approval
// form downloads as a PDF to print, sign and seal.
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Descriptions, Flex, Form, Input, Select, Skeleton, Tag, Timeline, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { REJECTION_REASONS, REJECTION_REASON_CODES } from '@hehu/domain';
import type { ApplicationView, TakenAction } from '../../api/applications';
import { api } from '../../api/client';
import { useApiGet } from '../../api/useApiGet';
import { FormDialog } from '../../components/FormDialog';
import { LoadProblem } from '../../components/LoadProblem';
import { ExportButton } from '../../components/ExportButton';
import { CategoryTag, useLang } from '../children/childFormat';
import { useAccess } from '../../auth/access';
import { NextPending } from './NextPending';
import { Deadline, StatusTag } from './parts';
import '../../i18n/applications.zh-CN';

const DANGER: readonly TakenAction[] = ['return', 'reject', 'withdraw'];

export default function ApplicationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const app = useApiGet<ApplicationView>(`/api/applications/${id}`);
  const [acting, setActing] = useState<TakenAction | null>(null);
  const { can } = useAccess();
  const hasDuty = can('applications:file') || can('applications:verify') || can('applications:approve');

  if (app.error !== undefined) return <LoadProblem error={app.error} />;
  if (app.loading || !app.data) return <Skeleton active />;
  const a = app.data;
  const text = (b: { zh: string; en: string }) => (lang === 'en' ? b.en : b.zh);

  return (
    <PageContainer
      title={t('applications.title')}
      className="hehu-page"
      extra={
        <ExportButton
          path={`/api/applications/${a.id}/form.pdf`}
          fallbackName={`审批表-${a.childName}.pdf`}
          label={t('applications.printForm')}
          icon={<PrinterOutlined />}
          doneMessage={t('applications.printFormDone')}
          testId="print-form"
        />
      }
    >
      <Flex vertical gap={12}>
        {a.allowedActions.length === 0 && hasDuty && <NextPending key={a.version} currentId={a.id} />}
        <Card size="small">
          <Descriptions column={{ xs: 1, sm: 2 }} size="small">
            <Descriptions.Item label={t('applications.child')}>
              <Link to={`/children/${a.childId}`}>{a.childName}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('applications.kind')}>
              {t(`applications.kindValue.${a.kind}`)}
              {a.crossProvince && <Tag style={{ marginInlineStart: 8 }}>{t('applications.crossProvince')}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={t('applications.category')}>
              <CategoryTag code={a.category} />
            </Descriptions.Item>
            <Descriptions.Item label={t('applications.status')}>
              <span data-testid="application-status">
                <StatusTag status={a.status} />
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('applications.deadline')}>
              <Deadline waiting={a.waiting} />
            </Descriptions.Item>
            {a.acceptingPlace && (
              <Descriptions.Item label={t('applications.acceptingPlace')}>{a.acceptingPlace}</Descriptions.Item>
            )}
          </Descriptions>
          {a.allowedActions.length > 0 && (
            <Flex gap={8} wrap style={{ marginTop: 8 }}>
              {a.allowedActions.map((action) => (
                <Button
                  key={action}
                  type={DANGER.includes(action) ? 'default' : 'primary'}
                  danger={action === 'reject'}
                  onClick={() => setActing(action)}
                  data-testid={`act-${action}`}
                >
                  {t(`applications.actionValue.${action}`)}
                </Button>
              ))}
            </Flex>
          )}
        </Card>
        <Card size="small" title={t('applications.ruleCheck')}>
          <Typography.Paragraph data-testid="rule-check">
            <Tag
              color={a.check.outcome === 'eligible' ? 'green' : a.check.outcome === 'not_eligible' ? 'red' : 'orange'}
            >
              {t(`applications.outcome.${a.check.outcome}`)}
            </Tag>
            {text(a.check.summary)}
          </Typography.Paragraph>
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {a.check.reasons.map((r, i) => (
              <li key={`${i}-${r.code}`}>{text(r)}</li>
            ))}
          </ul>
        </Card>
        <Card size="small" title={t('applications.papers')}>
          <Flex vertical gap={4}>
            {a.papers.map((p) => (
              <span key={p.code}>
                <Tag color={p.met ? 'green' : 'red'}>
                  {p.met ? t('applications.paperMet') : t('applications.paperMissing')}
                </Tag>
                {text(p.name)}
              </span>
            ))}
          </Flex>
        </Card>
        <Card size="small" title={t('applications.timeline')}>
          <Timeline
            items={a.actions.map((x) => ({
              key: x.seq,
              color: x.action === 'reject' ? 'red' : x.action === 'return' ? 'orange' : 'blue',
              children: (
                <div data-testid="timeline-item">
                  <Typography.Text strong>{t(`applications.actionValue.${x.action}`)}</Typography.Text>{' '}
                  <Typography.Text type="secondary">
                    {x.onDate} · {x.actorName ?? ''}
                  </Typography.Text>
                  {x.reasonCode && (
                    <div>
                      {x.reasonCode in REJECTION_REASONS
                        ? text(REJECTION_REASONS[x.reasonCode as keyof typeof REJECTION_REASONS])
                        : x.reasonCode}
                    </div>
                  )}
                  {x.note && <div>{x.note}</div>}
                  {x.ruleCheck && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {t('applications.ruleCheckAt', { date: x.ruleCheck.asOf, version: x.ruleCheck.rulesVersion })}：
                      {text(x.ruleCheck.summary)}
                    </Typography.Text>
                  )}
                </div>
              ),
            }))}
          />
        </Card>
      </Flex>
      <FormDialog<{ note?: string; reasonCode?: string }>
        open={acting !== null}
        title={acting ? t(`applications.actionValue.${acting}`) : ''}
        okText={acting ? t(`applications.actionValue.${acting}`) : undefined}
        danger={acting === 'reject'}
        onCancel={() => setActing(null)}
        testId="act-dialog"
        onSubmit={async (v) => {
          if (!acting) return;
          await api.post<ApplicationView>(`/api/applications/${a.id}/actions`, {
            action: acting,
            version: a.version,
            note: v.note?.trim() ?? '',
            ...(v.reasonCode ? { reasonCode: v.reasonCode } : {}),
          });
          message.success(t('applications.done'));
          setActing(null);
          app.reload();
        }}
      >
        {acting === 'reject' && (
          <Form.Item name="reasonCode" label={t('applications.reasonCode')} rules={[{ required: true }]}>
            <Select options={REJECTION_REASON_CODES.map((c) => ({ value: c, label: text(REJECTION_REASONS[c]) }))} />
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={t('applications.note')}
          rules={[{ required: acting === 'return' || acting === 'reject', whitespace: true }]}
        >
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} placeholder={t('applications.notePlaceholder')} />
        </Form.Item>
      </FormDialog>
    </PageContainer>
  );
}
