// 我的走访: the caller's children to visit, overdue first, with the visits still waiting on this device above.
import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Card, Col, Empty, List, Row, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RISK_LEVEL_LABELS } from '@hehu/domain';
import { errorText } from '../../api/client';
import { useApiGet } from '../../api/useApiGet';
import type { MyVisits, PlanRow, Standing } from '../../api/visits';
import { useLang } from '../children/childFormat';
import { OutboxList } from './OutboxList';
import { useOutboxCount } from './useOutbox';
import '../../i18n/visits.zh-CN';

const STANDINGS: readonly Standing[] = ['overdue', 'this_week', 'later'];
const STANDING_COLOUR: Record<Standing, string> = { overdue: '#cf1322', this_week: '#ad4e00', later: '#595959' };
/** The whole plan of a village or township fits; the month's count is read from it. */
const PLAN_LIMIT = 200;

function DueText({ row }: { row: PlanRow }) {
  const { t } = useTranslation();
  if (row.daysLate > 0) return <>{t('visits.mine.daysLate', { count: row.daysLate })}</>;
  if (row.daysLate === 0) return <>{t('visits.mine.dueToday')}</>;
  return <>{t('visits.mine.dueIn', { count: -row.daysLate })}</>;
}

function PlanItem({ row }: { row: PlanRow }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <List.Item
      data-testid="visit-plan-row"
      actions={[
        <Link key="record" to={`/visits/new?child=${row.childId}`}>
          <Button type={row.standing === 'overdue' ? 'primary' : 'default'} style={{ minHeight: 44 }}>
            {t('visits.record')}
          </Button>
        </Link>,
      ]}
    >
      <List.Item.Meta
        title={
          <Space wrap size={4}>
            <Link to={`/children/${row.childId}?tab=visits`} style={{ fontSize: 16 }}>
              {row.name}
            </Link>
            <Typography.Text type="secondary">{t('visits.mine.age', { age: row.age })}</Typography.Text>
            {row.riskLevel && row.riskLevel !== 'normal' && (
              <Tag color="red">{RISK_LEVEL_LABELS[row.riskLevel][lang]}</Tag>
            )}
          </Space>
        }
        description={
          <Space direction="vertical" size={0}>
            <Typography.Text style={{ color: STANDING_COLOUR[row.standing] }}>
              <DueText row={row} /> · {t('visits.mine.due', { date: row.due })}
            </Typography.Text>
            <Typography.Text type="secondary">
              {row.plan[lang]}
              {row.villageName ? ` · ${row.villageName}` : ''} ·{' '}
              {row.lastVisit ? t('visits.mine.lastVisit', { date: row.lastVisit }) : t('visits.mine.neverVisited')}
            </Typography.Text>
          </Space>
        }
      />
    </List.Item>
  );
}

export default function MyVisitsPage() {
  const { t } = useTranslation();
  const plan = useApiGet<MyVisits>('/api/visits/mine', { limit: PLAN_LIMIT });
  const waiting = useOutboxCount();
  const reloadPlan = plan.reload;
  // A visit leaving the outbox changes the plan: show it.
  useEffect(() => reloadPlan(), [waiting, reloadPlan]);
  const data = plan.data;
  const doneThisMonth = data?.counts.doneThisMonth ?? 0;

  return (
    <PageContainer title={t('visits.mine.title')} className="hehu-page" content={t('visits.mine.intro')}>
      <OutboxList />
      {plan.error !== undefined && (
        <Alert type="error" showIcon message={errorText(plan.error)} style={{ marginBottom: 12 }} />
      )}
      {!data ? (
        plan.error === undefined && <Skeleton active />
      ) : (
        <>
          <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="visit-counts">
            <Col xs={8} md={6}>
              <Card size="small">
                <Statistic
                  title={t('visits.mine.overdue')}
                  value={data.counts.overdue}
                  valueStyle={{ color: STANDING_COLOUR.overdue }}
                />
              </Card>
            </Col>
            <Col xs={8} md={6}>
              <Card size="small">
                <Statistic
                  title={t('visits.mine.thisWeek')}
                  value={data.counts.thisWeek}
                  valueStyle={{ color: STANDING_COLOUR.this_week }}
                />
              </Card>
            </Col>
            <Col xs={8} md={6}>
              <Card size="small">
                <Statistic title={t('visits.mine.doneThisMonth')} value={doneThisMonth} />
              </Card>
            </Col>
          </Row>
          {data.data.length === 0 && <Empty description={t('visits.mine.empty')} />}
          {STANDINGS.map((standing) => {
            const rows = data.data.filter((r) => r.standing === standing);
            if (rows.length === 0) return null;
            return (
              <Card
                key={standing}
                size="small"
                data-testid={`visit-group-${standing}`}
                title={
                  <span style={{ color: STANDING_COLOUR[standing] }}>
                    {t(`visits.standing.${standing}`)} · {rows.length}
                  </span>
                }
                style={{ marginBottom: 16 }}
              >
                <List dataSource={rows} rowKey="childId" renderItem={(row) => <PlanItem row={row} />} />
              </Card>
            );
          })}
        </>
      )}
    </PageContainer>
  );
}
