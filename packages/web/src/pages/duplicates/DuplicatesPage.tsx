// 疑似重复档案: pairs that may be one child, side by side. Merging keeps the chosen file and moves the
// other's family, categories and documents into it; "not a duplicate" closes the pair. The scan covers
// the user's whole area or one division in it; a merge whose files name two different current fathers
// (or mothers) asks which one stays before it is sent.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Modal,
  Popconfirm,
  Radio,
  Row,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { ScanOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import {
  conflictsOf,
  dismissDuplicate,
  mergeDuplicate,
  mergePreviewPath,
  scanDuplicates,
  type KeepRelations,
  type MergePreview,
  type RelationConflict,
} from '../../api/duplicates';
import type { DuplicatePair } from '../../api/registry';
import type { ChildListItem } from '../../api/types';
import { useApiGet } from '../../api/useApiGet';
import { useCursorList } from '../../api/useCursorList';
import { useAccess } from '../../auth/access';
import { DivisionPicker } from '../../components/DivisionPicker';
import { ExportButton } from '../../components/ExportButton';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import { CategoryTags, ChildStatusTag, monospace } from '../children/childFormat';
import '../../i18n/childFile.zh-CN';
import '../../i18n/childTabs.zh-CN';
import '../../i18n/children.zh-CN';
import '../../i18n/registryPages.zh-CN';

interface MergeTarget {
  pair: DuplicatePair;
  keep: ChildListItem;
}

export default function DuplicatesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useAccess();
  const phone = useIsPhone();
  const list = useCursorList<DuplicatePair>('/api/duplicates', { status: 'open' });
  const [scanning, setScanning] = useState(false);
  const [division, setDivision] = useState<string | undefined>();
  const [target, setTarget] = useState<MergeTarget | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);

  const scan = async () => {
    setScanning(true);
    try {
      const answer = await scanDuplicates(division);
      message.success(t('duplicates.scanned', { count: answer.found }));
      list.reload();
    } catch (caught) {
      message.error(errorText(caught));
    } finally {
      setScanning(false);
    }
  };

  const merge = (pair: DuplicatePair, keep: ChildListItem) => {
    setTarget({ pair, keep });
    setDialogOpen(true);
  };

  const dismiss = async (pair: DuplicatePair) => {
    try {
      await dismissDuplicate(pair.id);
      message.success(t('duplicates.dismissed'));
      list.reload();
    } catch (caught) {
      message.error(errorText(caught));
    }
  };

  let body;
  if (list.error !== undefined && list.items.length === 0) body = <LoadProblem error={list.error} />;
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
        can('children:export') && (
          <ExportButton
            path="/api/duplicates/export"
            query={{ status: 'open' }}
            fallbackName="duplicates.xlsx"
            testId="duplicates-export"
          />
        )
      }
    >
      <Flex vertical gap={12}>
        <Card size="small" data-testid="duplicate-scan">
          <Flex gap={8} wrap align={phone ? 'stretch' : 'center'} vertical={phone}>
            <Typography.Text strong>{t('duplicates.scanArea')}</Typography.Text>
            <DivisionPicker
              value={division}
              onChange={setDivision}
              placeholder={t('duplicates.scanAreaAll')}
              // In a column (phone) a flex basis would become a height: take the full width instead.
              style={phone ? { width: '100%' } : { flex: '1 1 360px', minWidth: 0 }}
            />
            <Button type="primary" icon={<ScanOutlined />} loading={scanning} onClick={() => void scan()}>
              {t('duplicates.scan')}
            </Button>
          </Flex>
        </Card>
        {body}
        {list.hasMore && (
          <Button block loading={list.loadingMore} onClick={() => void list.loadMore()}>
            {t('common.loadMore')}
          </Button>
        )}
      </Flex>
      {target && (
        <MergeDialog
          key={`${target.pair.id}:${target.keep.id}`}
          open={dialogOpen}
          pair={target.pair}
          keep={target.keep}
          onClose={() => setDialogOpen(false)}
          afterClose={() => setTarget(null)}
          onMerged={() => {
            setDialogOpen(false);
            message.success(t('duplicates.merged'));
            list.reload();
          }}
        />
      )}
    </PageContainer>
  );
}

/**
 * Confirms a merge. The preview says whether the files name different current fathers or mothers;
 * then one radio group per conflict asks which relation stays, and the choice goes with the merge.
 */
function MergeDialog({
  open,
  pair,
  keep,
  onClose,
  afterClose,
  onMerged,
}: MergeTarget & { open: boolean; onClose: () => void; afterClose: () => void; onMerged: () => void }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const preview = useApiGet<MergePreview>(mergePreviewPath(pair.id));
  // A refused merge (the family changed since the preview) brings the current conflicts with it.
  const [refused, setRefused] = useState<RelationConflict[] | null>(null);
  const [choice, setChoice] = useState<KeepRelations>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const other = keep.id === pair.a.id ? pair.b : pair.a;
  // Both files often carry the same name: say which card of the pair each one is.
  const describe = (c: ChildListItem) =>
    [c.id === pair.a.id ? t('duplicates.left') : t('duplicates.right'), c.name, c.birthDate, c.divisionName].join(
      ' · ',
    );

  const conflicts = refused ?? preview.data?.conflicts ?? [];
  const chosen = (c: RelationConflict) => c.candidates.some((x) => x.relationId === choice[c.kind]);
  const ready = !preview.loading && preview.error === undefined;
  const complete = conflicts.every(chosen);

  const submit = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const keepRelations: KeepRelations = {};
      for (const c of conflicts) keepRelations[c.kind] = choice[c.kind];
      await mergeDuplicate(pair.id, keep.id, keepRelations);
      onMerged();
    } catch (caught) {
      const current = conflictsOf(caught);
      if (current) {
        setRefused(current);
        setChoice((prev) => {
          const next: KeepRelations = {};
          for (const c of current) {
            const id = prev[c.kind];
            if (c.candidates.some((x) => x.relationId === id)) next[c.kind] = id;
          }
          return next;
        });
      }
      setFailure(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  const sideLabel = (childId: string) =>
    childId === keep.id ? (
      <Tag color="blue">{t('duplicates.fromKept')}</Tag>
    ) : (
      <Tag>{t('duplicates.fromArchived')}</Tag>
    );

  const repeated = preview.data?.repeatedRelations ?? [];

  return (
    <Modal
      open={open}
      title={t('duplicates.mergeTitle')}
      okText={t('duplicates.merge')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !ready || !complete }}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      afterClose={afterClose}
      width={phone ? undefined : 640}
      destroyOnHidden
    >
      <Flex vertical gap={12} data-testid="merge-dialog">
        <Alert type="warning" showIcon message={t('duplicates.mergeHint')} />
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('duplicates.keptFile')}>
            <Typography.Text strong>{describe(keep)}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('duplicates.archivedFile')}>{describe(other)}</Descriptions.Item>
        </Descriptions>
        {preview.loading && (
          <>
            <Typography.Text type="secondary">{t('duplicates.checking')}</Typography.Text>
            <Skeleton active paragraph={{ rows: 2 }} title={false} />
          </>
        )}
        {preview.error !== undefined && (
          <Alert
            type="error"
            showIcon
            message={errorText(preview.error)}
            action={
              <Button size="small" onClick={preview.reload}>
                {t('common.retry')}
              </Button>
            }
          />
        )}
        {ready &&
          conflicts.map((c) => (
            <Alert
              key={c.kind}
              type="warning"
              // On a phone the icon's column costs the candidates' lines too much width.
              showIcon={!phone}
              data-testid="merge-conflict"
              message={t('duplicates.conflictTitle', { kind: t(`family.kindValue.${c.kind}`) })}
              description={
                <Flex vertical gap={8}>
                  <Typography.Text type="secondary">{t('duplicates.conflictHint')}</Typography.Text>
                  <Radio.Group
                    name={`keep-${c.kind}`}
                    value={choice[c.kind]}
                    onChange={(e) => {
                      setFailure(null);
                      setChoice((prev) => ({ ...prev, [c.kind]: e.target.value as string }));
                    }}
                  >
                    <Space direction="vertical" size={8} style={{ width: '100%' }}>
                      {c.candidates.map((x) => (
                        <Radio key={x.relationId} value={x.relationId}>
                          <Space size={[8, 2]} wrap>
                            <Typography.Text strong>{x.personName}</Typography.Text>
                            <Typography.Text style={monospace}>
                              {x.personIdNumberMasked ?? t('duplicates.noIdNumber')}
                            </Typography.Text>
                            <Typography.Text type="secondary">
                              {t('duplicates.since', { date: x.startDate })}
                            </Typography.Text>
                            {sideLabel(x.childId)}
                          </Space>
                        </Radio>
                      ))}
                    </Space>
                  </Radio.Group>
                </Flex>
              }
            />
          ))}
        {ready && repeated.length > 0 && (
          <Alert
            type="info"
            showIcon
            message={t('duplicates.repeated', {
              list: repeated.map((r) => `${t(`family.kindValue.${r.kind}`)} ${r.personName}`).join('、'),
            })}
          />
        )}
        {ready && !complete && !failure && (
          <Typography.Text type="warning">{t('duplicates.chooseAll')}</Typography.Text>
        )}
        {failure && <Alert type="error" showIcon message={failure} />}
      </Flex>
    </Modal>
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
