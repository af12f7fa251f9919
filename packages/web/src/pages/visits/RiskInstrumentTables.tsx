// The risk instrument as a reader sees it: indicator → area → numbered item with each option's score, then the
// cut-offs and red flags in words; and every version with its state, cut-offs, notice and who published it. Lines
// that wrap, so nothing scrolls sideways on a phone; the version list is a table on a wide screen.
import { Flex, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../hooks/useIsPhone';
import { useLang } from '../children/childFormat';
import {
  cutoffLines,
  numberedItems,
  redFlagLine,
  type Instrument,
  type InstrumentVersion,
} from './riskInstrumentFormat';
import '../../i18n/riskInstrument.zh-CN';

/** One version's items with their options' scores, grouped by indicator and area. */
export function InstrumentList({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation();
  const lang = useLang();
  const numbers = new Map(numberedItems(instrument).map(({ n, item }) => [item.code, n]));
  return (
    <Flex vertical gap={12} data-testid="risk-instrument-items">
      {instrument.indicators.map((indicator) => (
        <div key={indicator.code}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {indicator.label[lang]}
          </Typography.Title>
          {indicator.areas.map((area) => (
            <div key={area.code} style={{ marginBottom: 8 }}>
              <Typography.Text strong>{area.label[lang]}</Typography.Text>
              {area.items.map((item) => (
                <div
                  key={item.code}
                  data-testid="risk-instrument-item"
                  style={{ paddingInlineStart: 12, marginTop: 4, overflowWrap: 'anywhere' }}
                >
                  <div>
                    {String(numbers.get(item.code) ?? '')}. {item.label[lang]}
                  </div>
                  <Flex wrap gap={4} style={{ paddingInlineStart: 12 }}>
                    {item.options.map((o) => (
                      <Tag key={o.value} style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
                        {o.label[lang]} · {t('riskInstrument.points', { count: o.score })}
                      </Tag>
                    ))}
                  </Flex>
                </div>
              ))}
            </div>
          ))}
        </div>
      ))}
    </Flex>
  );
}

/** The cut-offs as each level's totals, and the red flags as sentences. */
export function CutoffsText({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Flex vertical gap={8} data-testid="risk-instrument-cutoffs" style={{ overflowWrap: 'anywhere' }}>
      <div>
        <Typography.Text strong>{t('riskInstrument.cutoffs')}</Typography.Text>
        {cutoffLines(instrument.cutoffs.minTotal, lang).map((line) => (
          <div key={line}>{line}</div>
        ))}
      </div>
      <div>
        <Typography.Text strong>{t('riskInstrument.redFlags')}</Typography.Text>
        {instrument.cutoffs.redFlags.map((flag) => (
          <div key={`${flag.item}:${flag.values.join(',')}`}>{redFlagLine(instrument, flag, lang)}</div>
        ))}
      </div>
    </Flex>
  );
}

export function VersionList({
  versions,
  inForce,
  today,
}: {
  versions: InstrumentVersion[];
  inForce: Instrument;
  today: string;
}) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const state = (v: InstrumentVersion) =>
    v.version === inForce.version ? (
      <Tag color="green">{t('riskInstrument.current')}</Tag>
    ) : v.effectiveFrom > today ? (
      <Tag color="blue">{t('riskInstrument.future')}</Tag>
    ) : (
      <Tag>{t('riskInstrument.past')}</Tag>
    );
  const cutoffs = (v: InstrumentVersion) => {
    const m = v.cutoffs.minTotal;
    return `${t('riskInstrument.cutoffsShort', { insufficient: m.insufficient, improper: m.improper, absent: m.absent })} · ${t('riskInstrument.redFlagsCount', { count: v.cutoffs.redFlags.length })}`;
  };
  const published = (v: InstrumentVersion) =>
    `${v.changedBy ?? t('riskInstrument.seeded')} · ${dayjs(v.changedAt).format('YYYY-MM-DD HH:mm')}`;
  if (phone)
    return (
      <Flex vertical gap={12}>
        {versions.map((v) => (
          <div
            key={v.revision}
            data-testid="risk-instrument-version"
            style={{ borderInlineStart: '3px solid #d9d9d9', paddingInlineStart: 8, overflowWrap: 'anywhere' }}
          >
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong>
                {v.version} · {v.effectiveFrom}
              </Typography.Text>
              {state(v)}
            </Flex>
            <div style={{ fontSize: 13 }}>{cutoffs(v)}</div>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {v.source} · {published(v)}
            </Typography.Text>
          </div>
        ))}
      </Flex>
    );
  const columns: TableColumnsType<InstrumentVersion> = [
    {
      title: t('riskInstrument.version'),
      dataIndex: 'version',
      width: 170,
      render: (version: string, v) => (
        <Space size={4} wrap>
          {version}
          {state(v)}
        </Space>
      ),
    },
    { title: t('riskInstrument.effectiveFrom'), dataIndex: 'effectiveFrom', width: 110 },
    { title: t('riskInstrument.cutoffs'), key: 'cutoffs', width: 300, render: (_v, v) => cutoffs(v) },
    { title: t('riskInstrument.source'), dataIndex: 'source', ellipsis: true },
    { title: t('riskInstrument.publishedBy'), key: 'published', width: 220, render: (_v, v) => published(v) },
  ];
  return (
    <Table<InstrumentVersion>
      rowKey="revision"
      size="small"
      columns={columns}
      dataSource={versions}
      pagination={false}
      scroll={{ x: 900 }}
      onRow={() => ({ 'data-testid': 'risk-instrument-version' }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}
