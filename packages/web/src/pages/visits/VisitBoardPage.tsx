// 走访进度: for a township or county, each area one level down with its children to visit, overdue and due this
// week, most overdue first. A county opens a township's row to see its villages.
import { Link, useSearchParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Card, Empty, Space, Table, Typography } from 'antd';
import { ArrowUpOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import type { DivisionDetail } from '../../api/types';
import { useApiGet } from '../../api/useApiGet';
import type { BoardRow, VisitBoard } from '../../api/visits';
import { useAuth } from '../../auth/AuthContext';
import { useIsPhone } from '../../hooks/useIsPhone';
import '../../i18n/visits.zh-CN';

/** The board goes down to villages: a township (9 digits) is the lowest area it can be opened at. */
const TOWNSHIP_CODE_LENGTH = 9;
const COUNTY_CODE_LENGTH = 6;

/** The area a user's board opens at: their own, or for a village director the township above it. */
/** An area's name, a link when the board can open it one level down. */
function AreaName({ row }: { row: BoardRow }) {
  return row.code.length <= COUNTY_CODE_LENGTH ? (
    <Link to={`/visits/board?division=${row.code}`}>{row.name}</Link>
  ) : (
    row.name
  );
}

/** On a phone each area is a card: a five-column table does not fit 375 px. */
function BoardCards({ rows }: { rows: BoardRow[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Empty description={t('visits.board.empty')} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {rows.map((row) => (
        <Card key={row.code} size="small" title={<AreaName row={row} />} data-testid="board-card">
          <Space wrap size={16}>
            <span>
              {t('visits.board.inPlan')} {row.inPlan}
            </span>
            <Typography.Text type={row.overdue > 0 ? 'danger' : undefined} strong={row.overdue > 0}>
              {t('visits.board.overdue')} {row.overdue}
            </Typography.Text>
            <span>
              {t('visits.board.thisWeek')} {row.thisWeek}
            </span>
            {row.oldestDue && (
              <Typography.Text type="secondary">
                {t('visits.board.oldestDue')} {row.oldestDue}
              </Typography.Text>
            )}
          </Space>
        </Card>
      ))}
    </Space>
  );
}

function homeDivision(code: string | null | undefined): string | undefined {
  if (!code) return undefined;
  return code.length > TOWNSHIP_CODE_LENGTH ? code.slice(0, TOWNSHIP_CODE_LENGTH) : code;
}

export default function VisitBoardPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const phone = useIsPhone();
  const [search, setSearch] = useSearchParams();
  const division = search.get('division') ?? homeDivision(me?.grants[0]?.divisionCode);
  const board = useApiGet<VisitBoard>('/api/visits/board', { division });
  const shown = board.data?.division;
  const area = useApiGet<DivisionDetail>(shown ? `/api/divisions/${shown}` : null);
  const areaName = area.data?.name ?? shown ?? '';
  const home = homeDivision(me?.grants[0]?.divisionCode);
  const parent = shown && shown.length > COUNTY_CODE_LENGTH ? shown.slice(0, COUNTY_CODE_LENGTH) : undefined;

  return (
    <PageContainer
      title={t('visits.board.title')}
      // The path sits under /visits, but the director's list is not a parent of this page for a county user.
      breadcrumbRender={false}
      className="hehu-page"
      content={t('visits.board.intro')}
      extra={
        search.get('division') && parent && home !== shown ? (
          <Button icon={<ArrowUpOutlined />} onClick={() => setSearch({ division: parent })} style={{ minHeight: 44 }}>
            {t('visits.board.up')}
          </Button>
        ) : undefined
      }
    >
      {board.error !== undefined && (
        <Alert type="error" showIcon message={errorText(board.error)} style={{ marginBottom: 12 }} />
      )}
      <Typography.Title level={4} data-testid="board-heading">
        {areaName && t('visits.board.heading', { area: areaName })}
      </Typography.Title>
      {phone ? (
        board.data && <BoardCards rows={board.data.data} />
      ) : (
        <Table<BoardRow>
          data-testid="visit-board"
          rowKey="code"
          loading={board.loading}
          dataSource={board.data?.data ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('visits.board.empty') }}
          columns={[
            {
              title: t('visits.board.area'),
              dataIndex: 'name',
              render: (_name: string, row) => <AreaName row={row} />,
            },
            { title: t('visits.board.inPlan'), dataIndex: 'inPlan', align: 'right' },
            {
              title: t('visits.board.overdue'),
              dataIndex: 'overdue',
              align: 'right',
              render: (n: number) =>
                n > 0 ? (
                  <Typography.Text type="danger" strong>
                    {n}
                  </Typography.Text>
                ) : (
                  n
                ),
            },
            { title: t('visits.board.thisWeek'), dataIndex: 'thisWeek', align: 'right' },
            { title: t('visits.board.oldestDue'), dataIndex: 'oldestDue', render: (d: string | null) => d ?? '—' },
          ]}
        />
      )}
    </PageContainer>
  );
}
