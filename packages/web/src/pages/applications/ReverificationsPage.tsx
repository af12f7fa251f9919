// 保障复核: the semi-annual re-verification (RULES §2.12). The rounds with their progress and the months in force;
// the items of a round (open ones by default, the filter in the address) with the overdue ones marked. The township
// supervisor records each outcome ("no longer eligible" files the termination in the same step); the city publishes
// the months the rounds run in.
import { useState } from 'react';
import type { HTMLAttributes } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, ConfigProvider, Empty, Flex, Segmented, Select, Skeleton, Table, Typography } from 'antd';
import { CalendarOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ReverificationItem, ReverificationRounds } from '../../api/applications';
import { useApiGet } from '../../api/useApiGet';
import { useCursorList } from '../../api/useCursorList';
import { useAccess } from '../../auth/access';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import { OutcomeDialog, PublishMonthsDialog } from './reverificationDialogs';
import { ItemCard, RoundsCard, useItemColumns, useRoundText } from './reverificationParts';
import '../../i18n/reverification.zh-CN';

type State = 'open' | 'done' | 'all';
const STATES: readonly State[] = ['open', 'done', 'all'];
const isState = (v: string | null): v is State => (STATES as readonly (string | null)[]).includes(v);

export default function ReverificationsPage() {
  const { t } = useTranslation();
  const { can } = useAccess();
  const phone = useIsPhone();
  const { message } = App.useApp();
  const roundText = useRoundText();
  const [search, setSearch] = useSearchParams();
  const stateParam = search.get('state');
  const state: State = isState(stateParam) ? stateParam : 'open';
  const round = search.get('round') ?? undefined;
  const rounds = useApiGet<ReverificationRounds>('/api/reverifications/rounds');
  const list = useCursorList<ReverificationItem>('/api/reverifications', { round, state });
  const [recording, setRecording] = useState<ReverificationItem | null>(null);
  const [filed, setFiled] = useState<ReverificationItem | null>(null);
  const [publishing, setPublishing] = useState(false);
  const onRecord = can('applications:verify') ? setRecording : undefined;
  const columns = useItemColumns(onRecord);
  const today = rounds.data?.today ?? new Date().toISOString().slice(0, 10);

  // The filter lives in the address: a reload and the back button show the same list.
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes))
      if (value === undefined) next.delete(key);
      else next.set(key, value);
    setSearch(next, { replace: true });
  };
  const reloadAll = () => {
    list.reload();
    rounds.reload();
  };

  let body;
  if (list.error !== undefined && list.items.length === 0) body = <LoadProblem error={list.error} />;
  else if (list.loading) body = <Skeleton active />;
  else if (list.items.length === 0) body = <Empty description={t('reverification.empty')} />;
  else if (phone) body = list.items.map((item) => <ItemCard key={item.id} item={item} onRecord={onRecord} />);
  else
    body = (
      <Table<ReverificationItem>
        rowKey="id"
        columns={columns}
        dataSource={list.items}
        pagination={false}
        scroll={{ x: 1100 }}
        data-testid="reverification-table"
        onRow={(row) =>
          ({ 'data-testid': 'reverification-item', 'data-item-id': row.id }) as HTMLAttributes<HTMLElement>
        }
      />
    );

  return (
    <PageContainer
      title={t('reverification.title')}
      className="hehu-page"
      content={<Typography.Text type="secondary">{t('reverification.intro')}</Typography.Text>}
      extra={
        can('rules:manage') &&
        rounds.data && (
          <Button
            icon={<CalendarOutlined />}
            onClick={() => setPublishing(true)}
            data-testid="reverification-publish"
            style={phone ? { minHeight: 44 } : undefined}
          >
            {t('reverification.publish')}
          </Button>
        )
      }
    >
      <Flex vertical gap={12}>
        {rounds.error !== undefined && !rounds.data ? (
          <LoadProblem error={rounds.error} />
        ) : rounds.data ? (
          <RoundsCard view={rounds.data} />
        ) : (
          <Skeleton active />
        )}
        {filed?.terminationApplicationId && (
          <Alert
            type="warning"
            showIcon
            data-testid="reverification-filed"
            message={t('reverification.terminationFiled', { name: filed.childName })}
            action={
              <Link to={`/applications/${filed.terminationApplicationId}`}>{t('reverification.openTermination')}</Link>
            }
          />
        )}
        {/* On a phone the filters are 44 px targets. */}
        <ConfigProvider theme={phone ? { token: { controlHeight: 44 } } : undefined}>
          <Flex wrap gap={8} align="center">
            <Segmented
              value={state}
              onChange={(v) => update({ state: v === 'open' ? undefined : v })}
              options={STATES.map((s) => ({ value: s, label: t(`reverification.state.${s}`) }))}
              data-testid="reverification-state"
            />
            <Select
              value={round ?? ''}
              onChange={(v: string) => update({ round: v === '' ? undefined : v })}
              style={{ minWidth: 160 }}
              aria-label={t('reverification.round')}
              data-testid="reverification-round-filter"
              options={[
                { value: '', label: t('reverification.allRounds') },
                ...(rounds.data?.rounds ?? []).map((r) => ({ value: r.round, label: roundText(r.round) })),
              ]}
            />
            {!list.loading && (
              <Typography.Text type="secondary">{t('common.total', { count: list.total })}</Typography.Text>
            )}
          </Flex>
        </ConfigProvider>
        {body}
        {list.hasMore && (
          <Button block loading={list.loadingMore} onClick={() => void list.loadMore()}>
            {t('common.loadMore')}
          </Button>
        )}
      </Flex>
      <OutcomeDialog
        item={recording}
        today={today}
        onCancel={() => setRecording(null)}
        onRecorded={(answer) => {
          setRecording(null);
          setFiled(answer.terminationApplicationId ? answer : null);
          reloadAll();
        }}
        onConflict={() => {
          void message.warning(t('reverification.changed'));
          reloadAll();
        }}
      />
      {rounds.data && (
        <PublishMonthsDialog
          open={publishing}
          view={rounds.data}
          onCancel={() => setPublishing(false)}
          onPublished={() => {
            setPublishing(false);
            rounds.reload();
          }}
        />
      )}
    </PageContainer>
  );
}
