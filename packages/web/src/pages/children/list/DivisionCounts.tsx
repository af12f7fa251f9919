// "乡镇 N 人" one level below the chosen area (or the user's own area): a quick overview that also
// filters the list when tapped. A village has nothing below it, so it shows no summary.
import { Button, Flex, Skeleton, Typography } from 'antd';
import { ArrowUpOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { divisionLevel, parentDivisionCode } from '@hehu/domain';
import type { DataResponse } from '../../../api/types';
import type { DivisionCount } from '../../../api/registry';
import { useApiGet } from '../../../api/useApiGet';
import type { ChildQuery } from './childFilters';
import '../../../i18n/childFile.zh-CN';

interface Props {
  /** The area whose sub-areas are counted. */
  parent: string;
  query: ChildQuery;
  /** Show "up one level" (the parent is below the user's own area). */
  canGoUp: boolean;
  onPick: (code: string | undefined) => void;
}

export function canBreakDown(code: string): boolean {
  const level = divisionLevel(code);
  return level === 'city' || level === 'county' || level === 'township';
}

export function DivisionCounts({ parent, query, canGoUp, onPick }: Props) {
  const { t } = useTranslation();
  const { division: _division, q: _q, ...filters } = query;
  const { data, error } = useApiGet<DataResponse<DivisionCount>>('/api/children/counts', {
    ...filters,
    parent,
  });
  // A summary is a convenience: when it cannot load the list below still works, so say nothing.
  if (error !== undefined) return null;
  if (!data) return <Skeleton.Input active size="small" block style={{ marginBottom: 8 }} />;
  if (data.data.length === 0 && !canGoUp) return null;

  return (
    <Flex gap={4} wrap align="center" data-testid="division-counts" style={{ marginBottom: 8 }}>
      <Typography.Text type="secondary" style={{ marginRight: 4 }}>
        {t('childList.countsTitle')}
      </Typography.Text>
      {canGoUp && (
        <Button size="small" type="text" icon={<ArrowUpOutlined />} onClick={() => onPick(parentOf(parent))}>
          {t('childList.countsUp')}
        </Button>
      )}
      {data.data.map((row) => (
        <Button
          key={row.code}
          size="small"
          disabled={row.count === 0}
          onClick={() => onPick(row.code)}
          aria-label={t('childList.countItem', { name: row.name, count: row.count })}
        >
          {row.name}
          <Typography.Text strong>{row.count}</Typography.Text>
        </Button>
      ))}
    </Flex>
  );
}

function parentOf(code: string): string | undefined {
  return parentDivisionCode(code) ?? undefined;
}
