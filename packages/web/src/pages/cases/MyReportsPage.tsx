// 我的报告: the reporter's own reports — only 已受理 or 已办结, the outcome once told, and a 1–5 rating once handled.
// The reporter never sees the case itself.
import { useState } from 'react';
import { PageContainer } from '@ant-design/pro-components';
import { App, Card, Empty, Flex, Rate, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, errorText } from '../../api/client';
import { useApiGet } from '../../api/useApiGet';
import { LoadProblem } from '../../components/LoadProblem';
import { useAt, useCaseLabels } from './caseFormat';
import { canRate } from './caseRules';
import type { Items, MyReport } from './types';
import '../../i18n/cases.zh-CN';

function ReportCard({ report, onRated }: { report: MyReport; onRated: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useCaseLabels();
  const at = useAt();
  const [busy, setBusy] = useState(false);
  const rate = async (score: number) => {
    setBusy(true);
    try {
      await api.post<MyReport>(`/api/cases/reports/${report.id}/satisfaction`, { score });
      void message.success(t('cases.mine.thanks'));
      onRated();
    } catch (caught) {
      void message.error(errorText(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" data-testid="my-report">
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {report.receiptNo} · {report.childName}
          </Typography.Text>
          <Tag color={report.status === 'handled' ? 'green' : 'blue'} style={{ marginInlineEnd: 0 }}>
            {t(`cases.mine.status.${report.status}`)}
          </Tag>
        </Flex>
        <Typography.Text type="secondary">
          {t('cases.mine.receivedAt')}：{at(report.receivedAt)}
          {report.trigger && <> · {labels.trigger(report.trigger)}</>}
        </Typography.Text>
        <div>
          <Typography.Text strong>{t('cases.mine.outcome')}：</Typography.Text>
          {report.outcome ? (
            <Typography.Text>
              {report.outcome}
              {report.toldAt && <Typography.Text type="secondary"> （{at(report.toldAt)}）</Typography.Text>}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary">{t('cases.mine.noOutcome')}</Typography.Text>
          )}
        </div>
        {report.status === 'handled' && (
          <Flex align="center" gap={8} wrap>
            <Typography.Text>
              {report.satisfaction === null ? t('cases.mine.rate') : t('cases.mine.rated')}：
            </Typography.Text>
            <Rate
              value={report.satisfaction ?? 0}
              disabled={!canRate(report) || busy}
              onChange={(score) => void rate(score)}
              style={{ fontSize: 30 }}
              aria-label={t('cases.mine.rate')}
            />
          </Flex>
        )}
      </Flex>
    </Card>
  );
}

export default function MyReportsPage() {
  const { t } = useTranslation();
  const list = useApiGet<Items<MyReport>>('/api/cases/reports/mine');
  const items = list.data?.items ?? [];
  return (
    <PageContainer
      title={t('cases.mine.title')}
      className="hehu-page"
      content={<Typography.Text type="secondary">{t('cases.mine.intro')}</Typography.Text>}
    >
      {list.error !== undefined && !list.data ? (
        <LoadProblem error={list.error} />
      ) : !list.data ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty description={t('cases.mine.empty')} />
      ) : (
        <Flex vertical gap={8} style={{ maxWidth: 860 }}>
          {items.map((report) => (
            <ReportCard key={report.id} report={report} onRated={list.reload} />
          ))}
        </Flex>
      )}
    </PageContainer>
  );
}
