// 变更记录: who changed what and when, newest first, each field from → to.
import { Alert, Button, Empty, Flex, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { errorText } from '../../../api/client';
import type { HistoryEntry } from '../../../api/registry';
import { useCursorList } from '../../../api/useCursorList';
import { useLang } from '../childFormat';
import { actionName, fieldName, isChange, isEmptyValue, valueText } from './historyFormat';
import '../../../i18n/childTabs.zh-CN';

export function HistoryTab({ childId }: { childId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useCursorList<HistoryEntry>(`/api/children/${childId}/history`);

  if (list.loading) return <Skeleton active />;
  if (list.error !== undefined && list.items.length === 0)
    return <Alert type="error" showIcon message={errorText(list.error)} />;
  if (list.items.length === 0) return <Empty description={t('history.empty')} />;

  return (
    <Flex vertical gap={8} data-testid="child-history">
      <Timeline
        items={list.items.map((entry) => ({
          key: entry.id,
          color: entry.action === 'create' ? 'green' : 'blue',
          children: (
            <div data-testid="history-entry">
              <Flex gap={8} wrap align="baseline">
                <Typography.Text strong>{actionName(entry.action, t)}</Typography.Text>
                <Typography.Text type="secondary">{dayjs(entry.at).format('YYYY-MM-DD HH:mm')}</Typography.Text>
                <Typography.Text type="secondary">{entry.actorName ?? t('history.unknownActor')}</Typography.Text>
              </Flex>
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
                {entry.changes
                  // A new file lists what was filled in, not every empty field.
                  .filter((change) => entry.action !== 'create' || !isEmptyValue(change.to))
                  .map((change, i) => (
                    <li key={`${change.field}-${String(i)}`} className="hehu-break">
                      <Typography.Text type="secondary">
                        {t('common.labelValue', { label: fieldName(change.field, t, lang), value: '' })}
                      </Typography.Text>
                      {isChange(change.from, change.to) && (
                        <>
                          <Typography.Text delete type="secondary">
                            {valueText(change.field, change.from, t, lang)}
                          </Typography.Text>
                          <Typography.Text type="secondary"> {t('history.arrow')} </Typography.Text>
                        </>
                      )}
                      <Typography.Text>{valueText(change.field, change.to, t, lang)}</Typography.Text>
                    </li>
                  ))}
              </ul>
            </div>
          ),
        }))}
      />
      {list.hasMore && (
        <Button block loading={list.loadingMore} onClick={() => void list.loadMore()}>
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
