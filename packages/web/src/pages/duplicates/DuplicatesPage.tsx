// 疑似重复档案: pairs that may be one child, side by side. Merging keeps the chosen file and moves the
// other's family, categories and documents into it; "not a duplicate" closes the pair.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Col, Descriptions, Empty, Flex, Popconfirm, Row, Skeleton, Tag, Typography } from 'antd';
import { ScanOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api, errorText } from '../../api/client';
import type { DuplicatePair } from '../../api/registry';
import type { ChildListItem } from '../../api/types';
import { useCursorList } from '../../api/useCursorList';
import { LoadProblem, isNotReady } from '../../components/NotReady';
import { CategoryTags, ChildStatusTag, monospace } from '../children/childFormat';

export default function DuplicatesPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const list = useCursorList<DuplicatePair>('/api/duplicates', { status: 'open' });
  const [scanning, setScanning] = useState(false);

  const scan = async () => {
    setScanning(true);
    try {
      const answer = await api.post<{ found: number }>('/api/duplicates/scan', {});
      message.success(t('duplicates.scanned', { count: answer.found }));
      list.reload();
    } catch (caught) {
      message.error(isNotReady(caught) ? t('duplicates.notReady') : errorText(caught));
    } finally {
      setScanning(false);
    }
  };

  const merge = (pair: DuplicatePair, keep: ChildListItem) =>
    void modal.confirm({
      title: t('duplicates.mergeTitle'),
      content: (
        <>
          <Typography.Paragraph>{t('duplicates.mergeHint')}</Typography.Paragraph>
          <Typography.Text strong>
            {t('common.labelValue', { label: t('duplicates.keep'), value: `${keep.name} · ${keep.birthDate}` })}
          </Typography.Text>
        </>
      ),
      okText: t('duplicates.merge'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await api.post(`/api/duplicates/${pair.id}/merge`, { keepId: keep.id });
          message.success(t('duplicates.merged'));
          list.reload();
        } catch (caught) {
          message.error(errorText(caught));
        }
      },
    });

  const dismiss = async (pair: DuplicatePair) => {
    try {
      await api.post(`/api/duplicates/${pair.id}/dismiss`, {});
      message.success(t('duplicates.dismissed'));
      list.reload();
    } catch (caught) {
      message.error(errorText(caught));
    }
  };

  let body;
  if (list.error !== undefined && list.items.length === 0)
    body = <LoadProblem error={list.error} notReadyText={t('duplicates.notReady')} />;
  else if (list.loading) body = <Skeleton active />;
  else if (list.items.length === 0) body = <Empty description={t('duplicates.empty')} />;
  else
    body = list.items.map((pair) => (
      <Card
        key={pair.id}
        size="small"
        data-testid="duplicate-pair"
        title={<Tag color="orange">{t('duplicates.score', { percent: Math.round(pair.score) })}</Tag>}
        extra={
          <Popconfirm
            title={t('duplicates.dismissConfirm')}
            okText={t('common.ok')}
            cancelText={t('common.cancel')}
            onConfirm={() => void dismiss(pair)}
          >
            <Button>{t('duplicates.dismiss')}</Button>
          </Popconfirm>
        }
      >
        <Row gutter={[12, 12]}>
          {([pair.a, pair.b] as const).map((child, i) => (
            <Col key={child.id} xs={24} md={12}>
              <Side
                title={i === 0 ? t('duplicates.left') : t('duplicates.right')}
                child={child}
                other={i === 0 ? pair.b : pair.a}
                onKeep={() => merge(pair, child)}
              />
            </Col>
          ))}
        </Row>
      </Card>
    ));

  return (
    <PageContainer
      title={t('duplicates.title')}
      className="hehu-page"
      content={<Typography.Text type="secondary">{t('duplicates.intro')}</Typography.Text>}
      extra={
        <Button type="primary" icon={<ScanOutlined />} loading={scanning} onClick={() => void scan()}>
          {t('duplicates.scan')}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        {body}
        {list.hasMore && (
          <Button block loading={list.loadingMore} onClick={() => void list.loadMore()}>
            {t('common.loadMore')}
          </Button>
        )}
      </Flex>
    </PageContainer>
  );
}

/** One file of the pair; values that differ from the other file are highlighted. */
function Side({
  title,
  child,
  other,
  onKeep,
}: {
  title: string;
  child: ChildListItem;
  other: ChildListItem;
  onKeep: () => void;
}) {
  const { t } = useTranslation();
  const mark = (same: boolean) => (same ? undefined : { background: '#fff1b8' });
  return (
    <Card
      type="inner"
      size="small"
      title={title}
      extra={<Link to={`/children/${child.id}`}>{t('duplicates.open')}</Link>}
    >
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('fields.name')}>
          <span style={mark(child.name === other.name)}>{child.name}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.sex')}>
          <span style={mark(child.sex === other.sex)}>{t(`children.sexValue.${child.sex}`)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.birthDate')}>
          <span style={mark(child.birthDate === other.birthDate)}>{child.birthDate}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.idNumber')}>
          <span style={{ ...monospace, ...mark(child.idNumberMasked === other.idNumberMasked) }}>
            {child.idNumberMasked ?? t('common.empty')}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('children.division')}>
          <span style={mark(child.divisionCode === other.divisionCode)}>{child.divisionName}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.status')}>
          <ChildStatusTag status={child.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.categories')}>
          {child.categories?.length ? <CategoryTags codes={child.categories} /> : t('common.empty')}
        </Descriptions.Item>
      </Descriptions>
      <Button type="primary" ghost block onClick={onKeep}>
        {t('duplicates.keep')}
      </Button>
    </Card>
  );
}
