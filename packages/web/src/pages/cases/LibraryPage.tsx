// 案例库: closed cases written up without identifying details. Everyone reading cases sees the published entries;
// a supervisor also sees drafts, edits them and publishes them. The details still found in a draft are listed as
// warnings (the server refuses to publish while any remain; the one who drafted an entry cannot publish it).
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Empty, Flex, Form, Input, Segmented, Skeleton, Space, Tag, Typography } from 'antd';
import { EditOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError, api, errorText } from '../../api/client';
import { useApiGet } from '../../api/useApiGet';
import { useAccess } from '../../auth/access';
import { FormDialog } from '../../components/FormDialog';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import { TierTag, useAt, useCaseLabels } from './caseFormat';
import type { Items, LibraryEntry } from './types';
import '../../i18n/cases.zh-CN';

function EntryCard({
  entry,
  highlighted,
  onEdit,
  onChanged,
}: {
  entry: LibraryEntry;
  highlighted: boolean;
  onEdit: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { can } = useAccess();
  const { message, modal } = App.useApp();
  const labels = useCaseLabels();
  const phone = useIsPhone();
  const at = useAt();
  const style = phone ? { minHeight: 44 } : undefined;
  const draft = entry.status === 'draft';
  const [expanded, setExpanded] = useState(highlighted);
  const publish = () => {
    modal.confirm({
      title: t('cases.library.publishTitle'),
      content: t('cases.library.publishText'),
      okText: t('cases.library.publish'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await api.post(`/api/case-library/${entry.id}/publish`, { version: entry.version });
          void message.success(t('cases.library.publishedDone'));
          onChanged();
        } catch (caught) {
          void message.error(errorText(caught));
          if (caught instanceof ApiError && caught.status === 409) onChanged();
        }
      },
    });
  };
  return (
    <Card
      size="small"
      data-testid="library-entry"
      style={highlighted ? { borderColor: '#1677ff', boxShadow: '0 0 0 2px rgba(22,119,255,0.2)' } : undefined}
      title={
        <Space wrap size={8} style={{ whiteSpace: 'normal' }}>
          <span>{entry.title}</span>
          <Tag color={draft ? 'gold' : 'green'}>{draft ? t('cases.library.draft') : t('cases.library.published')}</Tag>
        </Space>
      }
    >
      <Flex vertical gap={8}>
        <Space wrap size={8}>
          <TierTag tier={entry.tier} />
          <Typography.Text type="secondary">{labels.channel(entry.channel)}</Typography.Text>
          {entry.publishedAt && (
            <Typography.Text type="secondary">
              {t('cases.library.publishedAt', { at: at(entry.publishedAt) })}
            </Typography.Text>
          )}
        </Space>
        {entry.remaining.length > 0 && (
          <Alert
            type="warning"
            showIcon
            data-testid="library-remaining"
            message={t('cases.library.remaining')}
            description={
              <Space wrap size={4}>
                {entry.remaining.map((r) => (
                  <Tag key={r} color="orange">
                    {r}
                  </Tag>
                ))}
              </Space>
            }
          />
        )}
        <Typography.Paragraph ellipsis={expanded ? false : { rows: 4 }} style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
          {entry.body}
        </Typography.Paragraph>
        <Button
          type="link"
          onClick={() => setExpanded((open) => !open)}
          style={{ alignSelf: 'flex-start', paddingInline: 0, ...style }}
        >
          {expanded ? t('cases.library.less') : t('cases.library.more')}
        </Button>
        {draft && can('cases:supervise') && (
          <Flex wrap gap={8}>
            <Button icon={<EditOutlined />} onClick={onEdit} data-testid="library-edit" style={style}>
              {t('cases.library.edit')}
            </Button>
            <Button
              type="primary"
              icon={<SendOutlined />}
              onClick={publish}
              disabled={entry.remaining.length > 0}
              data-testid="library-publish"
              style={style}
            >
              {t('cases.library.publish')}
            </Button>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}

export default function LibraryPage() {
  const { t } = useTranslation();
  const { can } = useAccess();
  const [search] = useSearchParams();
  const highlight = search.get('entry');
  const list = useApiGet<Items<LibraryEntry>>('/api/case-library');
  const [editing, setEditing] = useState<LibraryEntry | null>(null);
  const [show, setShow] = useState<'all' | 'draft' | 'published'>('all');
  const items = (list.data?.items ?? []).filter((e) => show === 'all' || e.status === show);
  const hasDrafts = (list.data?.items ?? []).some((e) => e.status === 'draft');
  return (
    <PageContainer
      title={t('cases.library.title')}
      className="hehu-page"
      content={<Typography.Text type="secondary">{t('cases.library.intro')}</Typography.Text>}
    >
      <Flex vertical gap={12} style={{ maxWidth: 960 }}>
        {hasDrafts && can('cases:supervise') && (
          <Segmented
            value={show}
            onChange={(value) => setShow(value as typeof show)}
            options={[
              { value: 'all', label: t('cases.library.all') },
              { value: 'draft', label: t('cases.library.draft') },
              { value: 'published', label: t('cases.library.published') },
            ]}
            style={{ alignSelf: 'flex-start' }}
          />
        )}
        {list.error !== undefined && !list.data ? (
          <LoadProblem error={list.error} />
        ) : !list.data ? (
          <Skeleton active />
        ) : items.length === 0 ? (
          <Empty description={t('cases.library.empty')} />
        ) : (
          items.map((entry) => (
            <EntryCard
              key={entry.id}
              entry={entry}
              highlighted={entry.id === highlight}
              onEdit={() => setEditing(entry)}
              onChanged={list.reload}
            />
          ))
        )}
      </Flex>
      <FormDialog<{ title: string; body: string }>
        open={editing !== null}
        title={t('cases.library.editTitle')}
        width={800}
        initialValues={editing ? { title: editing.title, body: editing.body } : undefined}
        onCancel={() => setEditing(null)}
        doneText={t('common.done')}
        testId="library-form"
        onSubmit={async ({ title, body }) => {
          if (!editing) return;
          try {
            await api.put(`/api/case-library/${editing.id}`, { title: title.trim(), body, version: editing.version });
          } catch (caught) {
            if (caught instanceof ApiError && caught.status === 409) list.reload();
            throw caught;
          }
          setEditing(null);
          list.reload();
        }}
      >
        <Form.Item
          name="title"
          label={t('cases.library.titleLabel')}
          rules={[{ required: true, whitespace: true, message: t('cases.library.titleLabel') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('cases.library.body')}
          rules={[{ required: true, whitespace: true, message: t('cases.library.body') }]}
        >
          <Input.TextArea autoSize={{ minRows: 10, maxRows: 24 }} maxLength={8000} showCount />
        </Form.Item>
      </FormDialog>
    </PageContainer>
  );
}
