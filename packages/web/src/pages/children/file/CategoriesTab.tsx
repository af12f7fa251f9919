// 保障类别: categories held (from decisions) and today's rule evaluation for every category, with the
// reasons and the facts still missing. A category the rules meet but the child does not hold is "可能符合".
import { useState } from 'react';
import { Alert, Button, Card, Collapse, Empty, Flex, List, Skeleton, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CategoryEvaluation, Reason } from '@hehu/domain';
import type { ChildCategories, HeldCategory } from '../../../api/registry';
import { useApiGet } from '../../../api/useApiGet';
import { useAccess } from '../../../auth/access';
import { LoadProblem } from '../../../components/LoadProblem';
import { useIsPhone } from '../../../hooks/useIsPhone';
import { CategoryTag, categoryLabel, useLang } from '../childFormat';
import { EndCategoryDialog, RecordCategoryDialog } from './CategoryDialogs';
import '../../../i18n/childTabs.zh-CN';

export function CategoriesTab({ childId, onChanged }: { childId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const { can } = useAccess();
  const phone = useIsPhone();
  const lang = useLang();
  const answer = useApiGet<ChildCategories>(`/api/children/${childId}/categories`);
  const [recording, setRecording] = useState(false);
  const [ending, setEnding] = useState<HeldCategory | null>(null);
  const mayRecord = can('categories:record');

  if (answer.error !== undefined) return <LoadProblem error={answer.error} />;
  if (!answer.data) return <Skeleton active />;
  const { held, evaluation, potential } = answer.data;
  const done = () => {
    answer.reload();
    onChanged();
  };

  return (
    <Flex vertical gap={16} data-testid="child-categories">
      <Card
        size="small"
        title={t('categories.held')}
        extra={
          mayRecord && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setRecording(true)}
              size={phone ? 'middle' : 'small'}
            >
              {t('categories.record')}
            </Button>
          )
        }
      >
        {held.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('categories.none')} />
        ) : (
          <List
            dataSource={held}
            renderItem={(h) => (
              <List.Item
                actions={
                  mayRecord && h.active
                    ? [
                        <Button key="end" size="small" danger onClick={() => setEnding(h)}>
                          {t('categories.end')}
                        </Button>,
                      ]
                    : []
                }
              >
                <Flex vertical gap={2}>
                  <Space wrap size={4}>
                    <CategoryTag code={h.category} />
                    <Tag color={h.active ? 'green' : 'default'}>
                      {h.active ? t('categories.current') : t('categories.ended')}
                    </Tag>
                  </Space>
                  <Typography.Text>
                    {h.endDate
                      ? t('categories.period', { start: h.startDate, end: h.endDate })
                      : t('categories.from', { start: h.startDate })}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {t('common.labelValue', {
                      label: t('categories.decisionRef'),
                      value: h.decisionRef ?? t('common.empty'),
                    })}
                    {h.rulesVersion &&
                      ` · ${t('common.labelValue', { label: t('categories.rulesVersion'), value: h.rulesVersion })}`}
                  </Typography.Text>
                  {h.endReason && <Typography.Text type="secondary">{h.endReason}</Typography.Text>}
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Card>

      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('categories.evaluation')}
      </Typography.Title>
      {potential.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="potential-category"
          message={t('categories.potential')}
          description={potential.map((code) => (
            <div key={code}>{t('categories.potentialHint', { category: categoryLabel(code, lang) })}</div>
          ))}
        />
      )}
      <Collapse
        defaultActiveKey={evaluation.filter((e) => e.eligible).map((e) => e.category)}
        items={evaluation.map((e) => ({
          key: e.category,
          label: <EvaluationLabel evaluation={e} potential={potential.includes(e.category)} />,
          style: potential.includes(e.category) ? { background: '#fffbe6' } : undefined,
          children: <EvaluationBody evaluation={e} />,
        }))}
      />
      <RecordCategoryDialog
        childId={childId}
        open={recording}
        suggested={potential[0]}
        metSince={Object.fromEntries(evaluation.filter((e) => e.eligible).map((e) => [e.category, e.since]))}
        onClose={() => setRecording(false)}
        onDone={() => {
          setRecording(false);
          done();
        }}
      />
      <EndCategoryDialog
        childId={childId}
        held={ending}
        onClose={() => setEnding(null)}
        onDone={() => {
          setEnding(null);
          done();
        }}
      />
    </Flex>
  );
}

function EvaluationLabel({ evaluation, potential }: { evaluation: CategoryEvaluation; potential: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Flex gap={8} wrap align="center">
      <Typography.Text strong>{categoryLabel(evaluation.category, lang)}</Typography.Text>
      {potential ? (
        <Tag color="gold">{t('categories.potential')}</Tag>
      ) : evaluation.eligible ? (
        <Tag color="green">{t('categories.eligible')}</Tag>
      ) : (
        <Tag>{t('categories.notEligible')}</Tag>
      )}
      {evaluation.since && (
        <Typography.Text type="secondary">{t('categories.sinceDate', { date: evaluation.since })}</Typography.Text>
      )}
    </Flex>
  );
}

function EvaluationBody({ evaluation }: { evaluation: CategoryEvaluation }) {
  const { t } = useTranslation();
  const lang = useLang();
  const text = (r: Reason) => (lang === 'en' ? r.en : r.zh);
  return (
    <Flex vertical gap={8}>
      <div>
        <Typography.Text type="secondary">{t('categories.reasons')}</Typography.Text>
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
          {evaluation.reasons.map((r, i) => (
            <li key={`${r.code}-${i}`}>{text(r)}</li>
          ))}
        </ul>
      </div>
      {evaluation.missing.length > 0 && (
        <div>
          <Typography.Text type="warning">{t('categories.missing')}</Typography.Text>
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
            {evaluation.missing.map((r, i) => (
              <li key={`${r.code}-${i}`}>{text(r)}</li>
            ))}
          </ul>
        </div>
      )}
    </Flex>
  );
}
