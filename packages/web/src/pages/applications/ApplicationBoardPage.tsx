// 申请办理进度: for the city, a county or a township, each area one level down with its drafts, returns, the
// applications waiting at each step and the late ones, most late first. A late count opens those applications in
// the list; an area's name opens its own board one level down, down to a township's villages.
import type { CSSProperties } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Card, Empty, Flex, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { ArrowUpOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ApplicationBoard, ApplicationBoardArea } from '../../api/applications';
import { errorText } from '../../api/client';
import type { DivisionDetail } from '../../api/types';
import { useApiGet } from '../../api/useApiGet';
import { useAuth } from '../../auth/AuthContext';
import { useIsPhone } from '../../hooks/useIsPhone';
import '../../i18n/applications.zh-CN';

const CITY_CODE_LENGTH = 4;
const COUNTY_CODE_LENGTH = 6;
/** The board goes down to villages: a township (9 digits) is the lowest area it can be opened at. */
const TOWNSHIP_CODE_LENGTH = 9;

/** A link a thumb can hit on a phone: 44 px high, the text centred in it. */
const touchLink: CSSProperties = { display: 'inline-flex', alignItems: 'center', minHeight: 44, minWidth: 44 };

/** The area a user's board opens at: their own, or for a village director the township above it. */
function homeDivision(code: string | null | undefined): string | undefined {
  if (!code) return undefined;
  return code.length > TOWNSHIP_CODE_LENGTH ? code.slice(0, TOWNSHIP_CODE_LENGTH) : code;
}

/** The area one level up: a township's county, a county's city. */
function parentDivision(code: string): string | undefined {
  if (code.length > COUNTY_CODE_LENGTH) return code.slice(0, COUNTY_CODE_LENGTH);
  if (code.length > CITY_CODE_LENGTH) return code.slice(0, CITY_CODE_LENGTH);
  return undefined;
}

/** An area's name, a link when the board can open it one level down. */
function AreaName({ row, phone }: { row: ApplicationBoardArea; phone: boolean }) {
  return row.code.length <= TOWNSHIP_CODE_LENGTH ? (
    <Link to={`/applications/board?division=${row.code}`} style={phone ? touchLink : undefined}>
      {row.name}
    </Link>
  ) : (
    row.name
  );
}

/** The late count: red and a link to those applications when there are any. */
function OverdueCount({ row, phone }: { row: ApplicationBoardArea; phone: boolean }) {
  const { t } = useTranslation();
  const text = phone ? `${t('applications.board.overdue')} ${row.overdue}` : String(row.overdue);
  if (row.overdue === 0) return <span>{text}</span>;
  return (
    <Link
      to={`/applications?overdue=true&division=${row.code}`}
      aria-label={t('applications.board.overdueLink', { area: row.name, count: row.overdue })}
      data-testid="board-overdue"
      style={phone ? { ...touchLink, justifyContent: 'flex-end' } : undefined}
    >
      <Typography.Text type="danger" strong>
        {text}
      </Typography.Text>
    </Link>
  );
}

/** On a phone each area is a card: an eight-column table does not fit 375 px. */
function BoardCards({ rows }: { rows: ApplicationBoardArea[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Empty description={t('applications.board.empty')} />;
  return (
    <Flex vertical gap={8}>
      {rows.map((row) => {
        const counts: [string, number][] = [
          [t('applications.board.draft'), row.draft],
          [t('applications.board.returned'), row.returned],
          [t('applications.board.forward'), row.waiting.forward],
          [t('applications.board.verify'), row.waiting.verify],
          [t('applications.board.approve'), row.waiting.approve],
        ];
        return (
          <Card
            key={row.code}
            size="small"
            title={<AreaName row={row} phone />}
            extra={<OverdueCount row={row} phone />}
            data-testid="board-card"
          >
            <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: '4px 16px' }}>
              {counts.map(([label, value]) => (
                <Flex key={label} justify="space-between" gap={8}>
                  <Typography.Text type="secondary">{label}</Typography.Text>
                  <span>{value}</span>
                </Flex>
              ))}
              {row.oldestSince && (
                // A date does not fit half a card beside a long label: it takes the whole line.
                <Flex justify="space-between" gap={8} style={{ gridColumn: '1 / -1' }}>
                  <Typography.Text type="secondary">{t('applications.board.oldestSince')}</Typography.Text>
                  <span style={{ whiteSpace: 'nowrap' }}>{row.oldestSince}</span>
                </Flex>
              )}
            </div>
          </Card>
        );
      })}
    </Flex>
  );
}

export default function ApplicationBoardPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const phone = useIsPhone();
  const [search, setSearch] = useSearchParams();
  const home = homeDivision(me?.grants[0]?.divisionCode);
  const division = search.get('division') ?? home;
  const board = useApiGet<ApplicationBoard>('/api/applications/board', { division });
  const shown = board.data?.division;
  const area = useApiGet<DivisionDetail>(shown ? `/api/divisions/${shown}` : null);
  const areaName = area.data?.name ?? shown ?? '';
  const parent = shown ? parentDivision(shown) : undefined;
  // Up only within the user's own area: above it the board would show their area alone.
  const canGoUp = Boolean(search.get('division') && parent && shown !== home && (!home || parent.startsWith(home)));

  const columns: TableColumnsType<ApplicationBoardArea> = [
    {
      title: t('applications.board.area'),
      dataIndex: 'name',
      render: (_name: string, row) => <AreaName row={row} phone={false} />,
    },
    { title: t('applications.board.draft'), dataIndex: 'draft', align: 'right' },
    { title: t('applications.board.returned'), dataIndex: 'returned', align: 'right' },
    { title: t('applications.board.forward'), dataIndex: ['waiting', 'forward'], align: 'right' },
    { title: t('applications.board.verify'), dataIndex: ['waiting', 'verify'], align: 'right' },
    { title: t('applications.board.approve'), dataIndex: ['waiting', 'approve'], align: 'right' },
    {
      title: t('applications.board.overdue'),
      dataIndex: 'overdue',
      align: 'right',
      render: (_n: number, row) => <OverdueCount row={row} phone={false} />,
    },
    {
      title: t('applications.board.oldestSince'),
      dataIndex: 'oldestSince',
      render: (d: string | null) => d ?? '—',
    },
  ];

  return (
    <PageContainer
      title={t('applications.board.title')}
      // The path sits under /applications, but the list is not a parent of this page.
      breadcrumbRender={false}
      className="hehu-page"
      content={<Typography.Text type="secondary">{t('applications.board.intro')}</Typography.Text>}
      extra={
        canGoUp && parent ? (
          <Button icon={<ArrowUpOutlined />} onClick={() => setSearch({ division: parent })}>
            {t('applications.board.up')}
          </Button>
        ) : undefined
      }
    >
      {board.error !== undefined && (
        <Alert type="error" showIcon message={errorText(board.error)} style={{ marginBottom: 12 }} />
      )}
      <Flex wrap align="baseline" gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={4} data-testid="board-heading" style={{ margin: 0 }}>
          {areaName && t('applications.board.heading', { area: areaName })}
        </Typography.Title>
        {board.data && (
          <Typography.Text type="secondary">{t('applications.board.asOf', { date: board.data.today })}</Typography.Text>
        )}
      </Flex>
      {phone ? (
        board.data && <BoardCards rows={board.data.data} />
      ) : (
        <Table<ApplicationBoardArea>
          data-testid="application-board"
          rowKey="code"
          loading={board.loading}
          dataSource={board.data?.data ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('applications.board.empty') }}
          columns={columns}
        />
      )}
    </PageContainer>
  );
}
