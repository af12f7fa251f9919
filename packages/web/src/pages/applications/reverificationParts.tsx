// Parts of 保障复核: the rounds with their progress and the months in force, one item as a card or table columns,
// and the item's outcome tags.
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReverificationItem, ReverificationRound, ReverificationRounds } from '../../api/applications';
import { useIsPhone } from '../../hooks/useIsPhone';
import { CategoryTag, useLang } from '../children/childFormat';
import '../../i18n/reverification.zh-CN';

/** '2026-07' as the page reads it. */
export function useRoundText(): (round: string) => string {
  const { t } = useTranslation();
  return (round) => {
    const [year = '', month = ''] = round.split('-');
    return t('reverification.roundValue', { year, month: String(Number(month)) });
  };
}

function Progress({ round }: { round: ReverificationRound }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={4}>
      <Tag color={round.open > 0 ? 'orange' : 'default'}>{`${t('reverification.open')} ${round.open}`}</Tag>
      <Tag color="green">{`${t('reverification.eligible')} ${round.eligible}`}</Tag>
      <Tag color={round.notEligible > 0 ? 'red' : 'default'}>
        {`${t('reverification.notEligible')} ${round.notEligible}`}
      </Tag>
    </Flex>
  );
}

/** The rounds with their progress, and the months in force with their source and the next round. */
export function RoundsCard({ view }: { view: ReverificationRounds }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const roundText = useRoundText();
  const { settings } = view;
  const overdue = (r: ReverificationRound) => r.open > 0 && r.dueDate < view.today;
  const columns: TableColumnsType<ReverificationRound> = [
    { title: t('reverification.round'), dataIndex: 'round', width: 130, render: (r: string) => roundText(r) },
    {
      title: t('reverification.dueDate'),
      dataIndex: 'dueDate',
      width: 170,
      render: (d: string, row) => (
        <>
          {d} {overdue(row) && <Tag color="red">{t('reverification.overdue')}</Tag>}
        </>
      ),
    },
    { title: t('reverification.progress'), key: 'progress', render: (_v, row) => <Progress round={row} /> },
  ];
  return (
    <Card size="small" title={t('reverification.rounds')} data-testid="reverification-rounds">
      <Descriptions size="small" column={phone ? 1 : 4} style={{ marginBottom: 8 }}>
        <Descriptions.Item label={t('reverification.months')}>
          <span data-testid="reverification-months">
            {t('reverification.monthsValue', { months: settings.months.join('、') })}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('reverification.effectiveFrom')}>{settings.effectiveFrom}</Descriptions.Item>
        <Descriptions.Item label={t('reverification.nextRound')}>
          {view.nextRound ? roundText(view.nextRound) : t('reverification.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('reverification.source')} span={phone ? 1 : 4}>
          <span className="hehu-break">{settings.source}</span>
        </Descriptions.Item>
      </Descriptions>
      {view.rounds.length === 0 ? (
        <Typography.Text type="secondary">{t('reverification.noRounds')}</Typography.Text>
      ) : phone ? (
        <Flex vertical gap={8}>
          {view.rounds.map((r) => (
            <div key={r.round} data-testid="reverification-round">
              <Typography.Text strong>{roundText(r.round)}</Typography.Text>{' '}
              <Typography.Text type="secondary">{t('reverification.dueOn', { date: r.dueDate })}</Typography.Text>{' '}
              {overdue(r) && <Tag color="red">{t('reverification.overdue')}</Tag>}
              <Progress round={r} />
            </div>
          ))}
        </Flex>
      ) : (
        <Table<ReverificationRound>
          size="small"
          rowKey="round"
          columns={columns}
          dataSource={view.rounds}
          pagination={false}
          onRow={() => ({ 'data-testid': 'reverification-round' }) as HTMLAttributes<HTMLTableRowElement>}
        />
      )}
    </Card>
  );
}

/** The outcome recorded, who recorded it, and the termination it filed. */
export function OutcomeText({ item }: { item: ReverificationItem }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (item.outcome === null) return <Tag color="orange">{t('reverification.open')}</Tag>;
  return (
    <Flex vertical gap={2} align="flex-start">
      <Tag color={item.outcome === 'eligible' ? 'green' : 'red'}>
        {t(item.outcome === 'eligible' ? 'reverification.eligible' : 'reverification.notEligible')}
      </Tag>
      {item.recordedByName && item.recordedAt && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('reverification.recorded', { name: item.recordedByName, date: item.recordedAt.slice(0, 10) })}
        </Typography.Text>
      )}
      {item.note && <Typography.Text style={{ fontSize: 13 }}>{item.note}</Typography.Text>}
      {item.checkSummary && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('common.labelValue', {
            label: t('reverification.check'),
            value: lang === 'en' ? item.checkSummary.en : item.checkSummary.zh,
          })}
        </Typography.Text>
      )}
      {item.terminationApplicationId && (
        <Link to={`/applications/${item.terminationApplicationId}`} data-testid="reverification-termination">
          {t('reverification.openTermination')}
        </Link>
      )}
    </Flex>
  );
}

function RoundCell({ item }: { item: ReverificationItem }) {
  const { t } = useTranslation();
  const roundText = useRoundText();
  return (
    <Flex wrap gap={4} align="center">
      <span>{roundText(item.round)}</span>
      <Typography.Text type="secondary">{t('reverification.dueOn', { date: item.dueDate })}</Typography.Text>
      {item.overdue && item.outcome === null && (
        <Tag color="red" data-testid="reverification-overdue">
          {t('reverification.overdue')}
        </Tag>
      )}
    </Flex>
  );
}

/** The table's columns; `onRecord` is given to users who may record an outcome. */
export function useItemColumns(
  onRecord: ((item: ReverificationItem) => void) | undefined,
): TableColumnsType<ReverificationItem> {
  const { t } = useTranslation();
  return [
    {
      title: t('reverification.child'),
      dataIndex: 'childName',
      width: 110,
      render: (name: string, row) => <Link to={`/children/${row.childId}`}>{name}</Link>,
    },
    { title: t('reverification.place'), dataIndex: 'divisionPath', width: 220 },
    {
      title: t('reverification.category'),
      dataIndex: 'category',
      width: 190,
      render: (c: string) => <CategoryTag code={c} />,
    },
    { title: t('reverification.round'), key: 'round', width: 200, render: (_v, row) => <RoundCell item={row} /> },
    { title: t('reverification.outcome'), key: 'outcome', render: (_v, row) => <OutcomeText item={row} /> },
    ...(onRecord
      ? [
          {
            title: t('common.actions'),
            key: 'record',
            width: 120,
            fixed: 'right' as const,
            render: (_v: unknown, row: ReverificationItem) =>
              row.outcome === null ? (
                <Button type="primary" onClick={() => onRecord(row)} data-testid="reverification-record">
                  {t('reverification.record')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];
}

/** One item on a phone. */
export function ItemCard({
  item,
  onRecord,
}: {
  item: ReverificationItem;
  onRecord: ((item: ReverificationItem) => void) | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Card size="small" data-testid="reverification-item" data-item-id={item.id}>
      <Flex justify="space-between" align="center" gap={8} wrap style={{ minHeight: 44 }}>
        <Link to={`/children/${item.childId}`}>
          <Typography.Text strong style={{ fontSize: 16, color: 'inherit' }}>
            {item.childName}
          </Typography.Text>
        </Link>
        <CategoryTag code={item.category} />
      </Flex>
      <Typography.Text type="secondary" className="hehu-break" style={{ display: 'block' }}>
        {item.divisionPath}
      </Typography.Text>
      <div style={{ margin: '4px 0' }}>
        <RoundCell item={item} />
      </div>
      <OutcomeText item={item} />
      {onRecord && item.outcome === null && (
        <Button
          type="primary"
          block
          style={{ marginTop: 8 }}
          onClick={() => onRecord(item)}
          data-testid="reverification-record"
        >
          {t('reverification.record')}
        </Button>
      )}
    </Card>
  );
}
