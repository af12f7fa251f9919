// 全日制在读登记 on the child's allowance tab: the school certificates that carry payment past 18 where the city's
// rules say so (the policy is shown in words), recorded and withdrawn (kept, with the reason) by those who prepare
// rolls. The ledger below is reloaded after a change, since the months it owes follow from these dates.
import { useState } from 'react';
import { Button, Card, DatePicker, Empty, Flex, Form, Input, List, Skeleton, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { SchoolingInput, SchoolingPeriod, SchoolingView } from '../../api/allowances';
import { api } from '../../api/client';
import { useApiGet } from '../../api/useApiGet';
import { FormDialog } from '../../components/FormDialog';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import '../../i18n/allowanceSchooling.zh-CN';

interface AddValues {
  schoolName: string;
  from: Dayjs;
  until: Dayjs;
  note?: string;
}

const TOUCH = { minHeight: 44 };

export function SchoolingCard({
  childId,
  canPrepare,
  onChanged,
}: {
  childId: string;
  canPrepare: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const view = useApiGet<SchoolingView>(`/api/children/${childId}/schooling`);
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<SchoolingPeriod | null>(null);

  const add = async (values: AddValues) => {
    const body: SchoolingInput = {
      schoolName: values.schoolName.trim(),
      from: values.from.format('YYYY-MM-DD'),
      until: values.until.format('YYYY-MM-DD'),
      ...(values.note?.trim() ? { note: values.note.trim() } : {}),
    };
    await api.post(`/api/children/${childId}/schooling`, body);
    setAdding(false);
    view.reload();
    onChanged();
  };

  const withdraw = async ({ reason }: { reason: string }) => {
    if (!withdrawing) return;
    await api.post(`/api/children/${childId}/schooling/${withdrawing.id}/withdraw`, { reason: reason.trim() });
    setWithdrawing(null);
    view.reload();
    onChanged();
  };

  const policy = view.data?.policy;
  return (
    <Card
      size="small"
      title={t('allowanceSchooling.schooling.title')}
      data-testid="schooling-card"
      extra={
        canPrepare && (
          <Button
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            style={phone ? TOUCH : undefined}
            data-testid="schooling-add"
          >
            {t('allowanceSchooling.schooling.add')}
          </Button>
        )
      }
    >
      {view.error !== undefined && !view.data ? (
        <LoadProblem error={view.error} />
      ) : !view.data ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : (
        <Flex vertical gap={8}>
          <Typography.Text type="secondary" data-testid="schooling-policy">
            {policy
              ? t('allowanceSchooling.schooling.policyOn', { age: policy.untilAge, since: policy.since })
              : t('allowanceSchooling.schooling.policyOff')}
          </Typography.Text>
          {view.data.periods.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('allowanceSchooling.schooling.empty')} />
          ) : (
            <List
              size="small"
              dataSource={view.data.periods}
              rowKey="id"
              renderItem={(p) => (
                <List.Item
                  data-testid="schooling-period"
                  actions={
                    canPrepare && !p.withdrawnAt
                      ? [
                          <Button
                            key="withdraw"
                            danger
                            style={phone ? TOUCH : undefined}
                            onClick={() => setWithdrawing(p)}
                          >
                            {t('allowanceSchooling.schooling.withdraw')}
                          </Button>,
                        ]
                      : []
                  }
                >
                  <List.Item.Meta
                    title={
                      <Flex wrap gap={6} align="center">
                        <span style={p.withdrawnAt ? { textDecoration: 'line-through' } : undefined}>
                          {p.schoolName} · {p.from} — {p.until}
                        </span>
                        {p.withdrawnAt && <Tag>{t('allowanceSchooling.schooling.withdrawn')}</Tag>}
                      </Flex>
                    }
                    description={
                      <span className="hehu-break">
                        {p.withdrawnReason
                          ? t('allowanceSchooling.schooling.withdrawnReason', { reason: p.withdrawnReason })
                          : t('allowanceSchooling.schooling.recordedBy', {
                              name: p.recordedBy ?? '—',
                              at: dayjs(p.recordedAt).format('YYYY-MM-DD'),
                            })}
                        {p.note ? ` · ${p.note}` : ''}
                      </span>
                    }
                  />
                </List.Item>
              )}
            />
          )}
        </Flex>
      )}
      <FormDialog<AddValues>
        open={adding}
        title={t('allowanceSchooling.schooling.addTitle')}
        okText={t('allowanceSchooling.schooling.add')}
        doneText={t('allowanceSchooling.schooling.added')}
        onCancel={() => setAdding(false)}
        onSubmit={add}
        testId="schooling-form"
      >
        <Form.Item
          name="schoolName"
          label={t('allowanceSchooling.schooling.school')}
          rules={[{ required: true, whitespace: true, message: t('allowanceSchooling.schooling.schoolRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="from"
          label={t('allowanceSchooling.schooling.from')}
          rules={[{ required: true, message: t('allowanceSchooling.schooling.datesRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} inputReadOnly={phone} />
        </Form.Item>
        <Form.Item
          name="until"
          label={t('allowanceSchooling.schooling.until')}
          extra={t('allowanceSchooling.schooling.coversHint')}
          dependencies={['from']}
          rules={[
            { required: true, message: t('allowanceSchooling.schooling.datesRequired') },
            ({ getFieldValue }) => ({
              validator: (_rule, value: Dayjs | undefined) => {
                const from = getFieldValue('from') as Dayjs | undefined;
                return value && from && value.isBefore(from, 'day')
                  ? Promise.reject(new Error(t('allowanceSchooling.schooling.untilBeforeFrom')))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <DatePicker style={{ width: '100%' }} inputReadOnly={phone} />
        </Form.Item>
        <Form.Item name="note" label={t('allowanceSchooling.schooling.note')}>
          <Input maxLength={300} />
        </Form.Item>
      </FormDialog>
      <FormDialog<{ reason: string }>
        open={withdrawing !== null}
        title={t('allowanceSchooling.schooling.withdrawTitle')}
        okText={t('allowanceSchooling.schooling.withdrawOk')}
        danger
        onCancel={() => setWithdrawing(null)}
        onSubmit={withdraw}
        testId="schooling-withdraw"
      >
        <Form.Item
          name="reason"
          label={t('allowanceSchooling.schooling.reason')}
          rules={[
            { required: true, min: 2, whitespace: true, message: t('allowanceSchooling.schooling.reasonRequired') },
          ]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </FormDialog>
    </Card>
  );
}
