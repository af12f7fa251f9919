// 走访进度: for a township or county, each area one level down with its children to visit, overdue and due this
// week, most overdue first. A county opens a township's row to see its villages.
import { Link, useSearchParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Table, Typography } from 'antd';
import { ArrowUpOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import type { DivisionDetail } from '../../api/types';
import { useApiGet } from '../../api/useApiGet';
import type { BoardRow, VisitBoard } from '../../api/visits';
import { useAuth } from '../../auth/AuthContext';

/** The board goes down to villages: a township (9 digits) is the lowest area it can be opened at. */
const TOWNSHIP_CODE_LENGTH = 9;
const COUNTY_CODE_LENGTH = 6;

/** The area a user's board opens at: their own, or for a village director the township above it. */
function homeDivision(code: string | null | undefined): string | undefined {
  if (!code) return undefined;
  return code.length > TOWNSHIP_CODE_LENGTH ? code.slice(0, TOWNSHIP_CODE_LENGTH) : code;
}

export default function VisitBoardPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
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
            render: (name: string, row) =>
              row.code.length <= COUNTY_CODE_LENGTH ? (
                <Link to={`/visits/board?division=${row.code}`}>{name}</Link>
              ) : (
                name
              ),
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
    </PageContainer>
  );
}
