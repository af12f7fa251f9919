// The papers checklist shown as tables: what each category needs, the proof of each parent situation, the papers of a
// termination, and every published version with its state. On a phone each becomes a list of blocks.
import type { HTMLAttributes } from 'react';
import { Flex, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { PaperChecklist, PaperChecklistVersion } from '../../api/applications';
import { useIsPhone } from '../../hooks/useIsPhone';
import { CategoryTag, situationLabel, useLang } from '../children/childFormat';
import '../../i18n/papers.zh-CN';

type Paper = PaperChecklist['terminate'][number];

function PaperTags({ papers }: { papers: Paper[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (papers.length === 0) return <Typography.Text type="secondary">{t('papers.none')}</Typography.Text>;
  return (
    <Space size={[4, 4]} wrap>
      {papers.map((p) => (
        <Tag key={p.code} data-testid="paper-name">
          {p.name[lang]}
        </Tag>
      ))}
    </Space>
  );
}

/** The list in force: categories with their papers, then the situations' proofs, then the termination's papers. */
export function ChecklistTables({ list }: { list: PaperChecklist }) {
  const { t } = useTranslation();
  const lang = useLang();
  const phone = useIsPhone();
  const rows = [
    ...list.byCategory.map((c) => ({ key: c.category, who: <CategoryTag code={c.category} />, papers: c.papers })),
    { key: 'terminate', who: <Tag>{t('papers.terminate')}</Tag>, papers: list.terminate },
  ];
  const situations = list.bySituation.map((s) => ({ key: s.situation, ...s }));
  if (phone)
    return (
      <Flex vertical gap={12}>
        {rows.map((r) => (
          <div key={r.key} data-testid="papers-category">
            <div style={{ marginBottom: 4 }}>{r.who}</div>
            <PaperTags papers={r.papers} />
          </div>
        ))}
        <Typography.Text strong>{t('papers.situationPaper')}</Typography.Text>
        <Typography.Text type="secondary">{t('papers.situationHint')}</Typography.Text>
        {situations.map((s) => (
          <div key={s.key} data-testid="papers-situation">
            {situationLabel(s.situation, lang)}：{s.name[lang]}
          </div>
        ))}
      </Flex>
    );
  const categoryColumns: TableColumnsType<(typeof rows)[number]> = [
    { title: t('papers.category'), key: 'who', width: 220, render: (_v, r) => r.who },
    { title: t('papers.required'), key: 'papers', render: (_v, r) => <PaperTags papers={r.papers} /> },
  ];
  const situationColumns: TableColumnsType<(typeof situations)[number]> = [
    {
      title: t('papers.situation'),
      key: 'situation',
      width: 220,
      render: (_v, s) => situationLabel(s.situation, lang),
    },
    { title: t('papers.situationPaper'), key: 'name', render: (_v, s) => s.name[lang] },
  ];
  return (
    <Flex vertical gap={12}>
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        columns={categoryColumns}
        dataSource={rows}
        onRow={() => ({ 'data-testid': 'papers-category' }) as HTMLAttributes<HTMLElement>}
      />
      <Typography.Text type="secondary">{t('papers.situationHint')}</Typography.Text>
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        columns={situationColumns}
        dataSource={situations}
        onRow={() => ({ 'data-testid': 'papers-situation' }) as HTMLAttributes<HTMLElement>}
      />
    </Flex>
  );
}

/** Every published version, newest first, with its state on `today` and a count of papers per category. */
export function ChecklistVersions({
  versions,
  inForce,
  today,
}: {
  versions: PaperChecklistVersion[];
  inForce: PaperChecklist;
  today: string;
}) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const state = (v: PaperChecklistVersion) =>
    v.version === inForce.version ? (
      <Tag color="green">{t('papers.current')}</Tag>
    ) : v.effectiveFrom > today ? (
      <Tag color="blue">{t('papers.scheduled')}</Tag>
    ) : (
      <Tag>{t('papers.past')}</Tag>
    );
  const published = (v: PaperChecklistVersion) =>
    `${v.changedBy ?? t('papers.seeded')} · ${dayjs(v.changedAt).format('YYYY-MM-DD HH:mm')}`;
  if (phone)
    return (
      <Flex vertical gap={12}>
        {versions.map((v) => (
          <div
            key={v.revision}
            data-testid="papers-version"
            style={{ borderInlineStart: '3px solid #d9d9d9', paddingInlineStart: 8 }}
          >
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong>
                {v.version} · {v.effectiveFrom}
              </Typography.Text>
              {state(v)}
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {v.source} · {published(v)}
            </Typography.Text>
          </div>
        ))}
      </Flex>
    );
  const columns: TableColumnsType<PaperChecklistVersion> = [
    {
      title: t('papers.version'),
      dataIndex: 'version',
      width: 190,
      render: (version: string, v) => (
        <Space size={4} wrap>
          {version}
          {state(v)}
        </Space>
      ),
    },
    { title: t('papers.effectiveFrom'), dataIndex: 'effectiveFrom', width: 110 },
    { title: t('papers.source'), dataIndex: 'source', ellipsis: true },
    { title: t('papers.publishedBy'), key: 'published', width: 220, render: (_v, v) => published(v) },
  ];
  return (
    <Table<PaperChecklistVersion>
      rowKey="revision"
      size="small"
      columns={columns}
      dataSource={versions}
      pagination={false}
      scroll={{ x: 800 }}
      onRow={() => ({ 'data-testid': 'papers-version' }) as HTMLAttributes<HTMLElement>}
    />
  );
}
