// 发放规则 on the standards page: what the engine uses besides the standards — how far back arrears and recoveries
// go, and whether full-time schooling carries payment past 18 (to what age, from which month) — with a new version
// published by the city (rules:manage); earlier versions stay as they were.
import { useState } from 'react';
import { Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, Skeleton, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AllowanceRulesInput, AllowanceRulesView } from '../../api/allowances';
import { api } from '../../api/client';
import { useApiGet } from '../../api/useApiGet';
import { useAccess } from '../../auth/access';
import { FormDialog } from '../../components/FormDialog';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import '../../i18n/allowanceSchooling.zh-CN';

interface RulesValues {
  lookbackMonths: number;
  schoolingOn: boolean;
  untilAge?: number;
  since?: Dayjs;
  basis: string;
}

export function AllowanceRulesCard() {
  const { t } = useTranslation();
  const { can } = useAccess();
  const phone = useIsPhone();
  const view = useApiGet<AllowanceRulesView>('/api/allowances/rules');
  const [publishing, setPublishing] = useState(false);
  const rules = view.data?.inForce;
  const latest = view.data?.versions[0];

  const publish = async (values: RulesValues) => {
    const body: AllowanceRulesInput = {
      lookbackMonths: values.lookbackMonths,
      schooling:
        values.schoolingOn && values.untilAge && values.since
          ? { untilAge: values.untilAge, since: values.since.format('YYYY-MM') }
          : null,
      basis: values.basis.trim(),
    };
    await api.post('/api/allowances/rules', body);
    setPublishing(false);
    view.reload();
  };

  return (
    <Card
      size="small"
      title={t('allowanceSchooling.rules.title')}
      data-testid="allowance-rules"
      extra={
        can('rules:manage') && (
          <Button
            onClick={() => setPublishing(true)}
            style={phone ? { minHeight: 44 } : undefined}
            data-testid="allowance-rules-publish"
          >
            {t('allowanceSchooling.rules.publish')}
          </Button>
        )
      }
    >
      {view.error !== undefined && !view.data ? (
        <LoadProblem error={view.error} />
      ) : !rules ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : (
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 3 }}
          items={[
            {
              key: 'lookback',
              label: t('allowanceSchooling.rules.lookback'),
              children: t('allowanceSchooling.rules.lookbackValue', { months: rules.lookbackMonths }),
            },
            {
              key: 'schooling',
              label: t('allowanceSchooling.rules.schooling'),
              children: rules.schooling
                ? t('allowanceSchooling.rules.schoolingOn', {
                    age: rules.schooling.untilAge,
                    since: rules.schooling.since,
                  })
                : t('allowanceSchooling.rules.schoolingOff'),
            },
            {
              key: 'basis',
              label: t('allowanceSchooling.rules.basis'),
              children: latest ? (
                <Typography.Text>
                  {latest.basis} · {dayjs(latest.changedAt).format('YYYY-MM-DD')}
                  {latest.changedBy ? ` · ${latest.changedBy}` : ''}
                </Typography.Text>
              ) : (
                t('allowanceSchooling.rules.seeded')
              ),
            },
          ]}
        />
      )}
      {rules && (
        <FormDialog<RulesValues>
          open={publishing}
          title={t('allowanceSchooling.rules.publishTitle')}
          okText={t('allowanceSchooling.rules.publish')}
          doneText={t('allowanceSchooling.rules.published')}
          onCancel={() => setPublishing(false)}
          onSubmit={publish}
          initialValues={{
            lookbackMonths: rules.lookbackMonths,
            schoolingOn: rules.schooling !== null,
            untilAge: rules.schooling?.untilAge ?? 22,
            since: rules.schooling ? dayjs(`${rules.schooling.since}-01`) : dayjs().startOf('month'),
          }}
          testId="allowance-rules-form"
        >
          {(form) => (
            <>
              <Form.Item
                name="lookbackMonths"
                label={t('allowanceSchooling.rules.lookback')}
                rules={[{ required: true, message: t('allowanceSchooling.rules.lookbackRequired') }]}
              >
                <InputNumber min={1} max={120} precision={0} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name="schoolingOn" label={t('allowanceSchooling.rules.schooling')} valuePropName="checked">
                <Switch checkedChildren={t('allowanceSchooling.rules.schoolingSwitch')} />
              </Form.Item>
              <Form.Item noStyle dependencies={['schoolingOn']}>
                {() =>
                  form.getFieldValue('schoolingOn') === true && (
                    <>
                      <Form.Item
                        name="untilAge"
                        label={t('allowanceSchooling.rules.untilAge')}
                        rules={[{ required: true }]}
                      >
                        <InputNumber min={19} max={25} precision={0} style={{ width: '100%' }} />
                      </Form.Item>
                      <Form.Item name="since" label={t('allowanceSchooling.rules.since')} rules={[{ required: true }]}>
                        <DatePicker picker="month" style={{ width: '100%' }} inputReadOnly={phone} />
                      </Form.Item>
                    </>
                  )
                }
              </Form.Item>
              <Form.Item
                name="basis"
                label={t('allowanceSchooling.rules.basis')}
                rules={[{ required: true, whitespace: true, message: t('allowanceSchooling.rules.basisRequired') }]}
              >
                <Input maxLength={200} />
              </Form.Item>
            </>
          )}
        </FormDialog>
      )}
    </Card>
  );
}
