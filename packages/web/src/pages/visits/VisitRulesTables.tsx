// The visit frequencies as tables: one version's rules (who → how often, with its description) and every version
// with its state, its notice and who published it. A small table on a wide screen, lines on a phone.
import { Flex, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../api/types';
import { useIsPhone } from '../../hooks/useIsPhone';
import { useLang } from '../children/childFormat';
import { frequencyText, whoText, type Interval } from './visitRulesFormat';
import '../../i18n/visitRules.zh-CN';

type RulesView = Answer<'getVisitsRules'>;
export type Rules = RulesView['inForce'];
type Version = RulesView['versions'][number];

interface Row {
  key: string;
  who: string;
  interval: Interval;
  label: string;
}

function useRows() {
  const { t } = useTranslation();
  const lang = useLang();
  return (rules: Rules): Row[] => [
    ...rules.rules.map((r, i) => ({
      key: String(i),
      who: whoText(r, lang),
      interval: r.interval,
      label: r.label[lang],
    })),
    {
      key: 'otherwise',
      who: t('visitRules.otherwise'),
      interval: rules.otherwise,
      label: otherwiseLabel(t('visitRules.otherwise'), rules.otherwise, lang),
    },
  ];
}

/** The description of the children no rule names, in the rules' own shape. */
export function otherwiseLabel(who: string, interval: Interval, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? `${who}，${frequencyText(interval, 'zh')}走访` : `${who}: ${frequencyText(interval, 'en')}`;
}

/** One version's rules: a small table on a wide screen, lines on a phone. */
export function RulesTable({ rules }: { rules: Rules }) {
  const { t } = useTranslation();
  const lang = useLang();
  const phone = useIsPhone();
  const rows = useRows()(rules);
  if (phone)
    return (
      <Flex vertical gap={8} data-testid="visit-rules-table">
        {rows.map((row) => (
          <Flex key={row.key} justify="space-between" gap={8} data-testid="visit-rule-row">
            <Typography.Text>{row.who}</Typography.Text>
            <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
              {frequencyText(row.interval, lang)}
            </Typography.Text>
          </Flex>
        ))}
      </Flex>
    );
  const columns: TableColumnsType<Row> = [
    { title: t('visitRules.who'), dataIndex: 'who' },
    {
      title: t('visitRules.frequency'),
      key: 'frequency',
      width: 160,
      render: (_v, row) => <Typography.Text strong>{frequencyText(row.interval, lang)}</Typography.Text>,
    },
    { title: t('visitRules.label'), dataIndex: 'label' },
  ];
  return (
    <Table<Row>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      data-testid="visit-rules-table"
      onRow={() => ({ 'data-testid': 'visit-rule-row' }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}

export function VersionList({ versions, inForce, today }: { versions: Version[]; inForce: Rules; today: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const phone = useIsPhone();
  const rowsOf = useRows();
  const state = (v: Version) =>
    v.version === inForce.version ? (
      <Tag color="green">{t('visitRules.current')}</Tag>
    ) : v.effectiveFrom > today ? (
      <Tag color="blue">{t('visitRules.future')}</Tag>
    ) : (
      <Tag>{t('visitRules.past')}</Tag>
    );
  const summary = (v: Version) =>
    rowsOf(v).map((row) => (
      <div key={row.key}>
        {row.who} · {frequencyText(row.interval, lang)}
      </div>
    ));
  const published = (v: Version) =>
    `${v.changedBy ?? t('visitRules.seeded')} · ${dayjs(v.changedAt).format('YYYY-MM-DD HH:mm')}`;
  if (phone)
    return (
      <Flex vertical gap={12}>
        {versions.map((v) => (
          <div
            key={v.revision}
            data-testid="visit-rules-version"
            style={{ borderInlineStart: '3px solid #d9d9d9', paddingInlineStart: 8 }}
          >
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong>
                {v.version} · {v.effectiveFrom}
              </Typography.Text>
              {state(v)}
            </Flex>
            <div style={{ fontSize: 13 }}>{summary(v)}</div>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {v.source} · {published(v)}
            </Typography.Text>
          </div>
        ))}
      </Flex>
    );
  const columns: TableColumnsType<Version> = [
    {
      title: t('visitRules.version'),
      dataIndex: 'version',
      width: 170,
      render: (version: string, v) => (
        <Space size={4} wrap>
          {version}
          {state(v)}
        </Space>
      ),
    },
    { title: t('visitRules.effectiveFrom'), dataIndex: 'effectiveFrom', width: 110 },
    { title: t('visitRules.frequency'), key: 'rules', width: 360, render: (_v, v) => summary(v) },
    { title: t('visitRules.source'), dataIndex: 'source', ellipsis: true },
    { title: t('visitRules.publishedBy'), key: 'published', width: 220, render: (_v, v) => published(v) },
  ];
  return (
    <Table<Version>
      rowKey="revision"
      size="small"
      columns={columns}
      dataSource={versions}
      pagination={false}
      scroll={{ x: 1000 }}
      onRow={() => ({ 'data-testid': 'visit-rules-version' }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}
