// The phone version of the children list: one card per child and "load more" over the cursor.
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api, errorText } from '../../api/client';
import type { ChildListItem, ListResponse } from '../../api/types';
import type { ChildQuery } from './list/childFilters';
import { CategoryTags, ChildStatusTag } from './childFormat';
import '../../i18n/children.zh-CN';

const PAGE_SIZE = 20;

interface Loaded {
  items: ChildListItem[];
  total: number;
  nextCursor: string | null;
}

export function ChildCards({ filters }: { filters: ChildQuery }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [more, setMore] = useState(false);
  const [error, setError] = useState<unknown>(undefined);

  // The parent remounts this component (key) when the filters change, so one first load suffices.
  useEffect(() => {
    let current = true;
    api.post<ListResponse<ChildListItem>>('/api/children/search', { ...filters, limit: PAGE_SIZE }).then(
      (answer) => {
        if (current) setLoaded({ items: answer.data, total: answer.total, nextCursor: answer.nextCursor ?? null });
      },
      (caught: unknown) => {
        if (current) setError(caught);
      },
    );
    return () => {
      current = false;
    };
  }, [filters]);

  const loadMore = async () => {
    if (!loaded?.nextCursor) return;
    setMore(true);
    try {
      const answer = await api.post<ListResponse<ChildListItem>>('/api/children/search', {
        ...filters,
        limit: PAGE_SIZE,
        cursor: loaded.nextCursor,
      });
      setLoaded({
        items: [...loaded.items, ...answer.data],
        total: answer.total,
        nextCursor: answer.nextCursor ?? null,
      });
    } catch (caught) {
      setError(caught);
    } finally {
      setMore(false);
    }
  };

  if (error !== undefined && !loaded) return <Alert type="error" showIcon message={errorText(error)} />;
  if (!loaded) return <Skeleton active />;
  if (loaded.items.length === 0) return <Empty description={t('children.empty')} />;

  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{t('children.count', { count: loaded.total })}</Typography.Text>
      {loaded.items.map((child) => (
        <Card
          key={child.id}
          size="small"
          hoverable
          data-testid="child-row"
          role="link"
          tabIndex={0}
          onClick={() => void navigate(`/children/${child.id}`)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void navigate(`/children/${child.id}`);
          }}
        >
          <Flex justify="space-between" align="center" gap={8}>
            <div style={{ minWidth: 0 }}>
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong style={{ fontSize: 16 }} data-testid="child-name">
                  {child.name}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {t(`children.sexValue.${child.sex}`)} · {child.birthDate}
                </Typography.Text>
                <ChildStatusTag status={child.status} />
              </Flex>
              <Typography.Text type="secondary" style={{ display: 'block', fontFamily: 'monospace' }}>
                {child.idNumberMasked ?? t('common.empty')}
              </Typography.Text>
              <Typography.Text type="secondary" ellipsis style={{ display: 'block' }}>
                {child.divisionName}
              </Typography.Text>
              <CategoryTags codes={child.categories} />
            </div>
            <RightOutlined style={{ color: '#bfbfbf' }} />
          </Flex>
        </Card>
      ))}
      {error !== undefined && <Alert type="error" showIcon message={errorText(error)} />}
      {loaded.nextCursor ? (
        <Button block size="large" loading={more} onClick={() => void loadMore()}>
          {t('common.loadMore')}
        </Button>
      ) : (
        <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
          {t('common.noMore')}
        </Typography.Text>
      )}
    </Flex>
  );
}
