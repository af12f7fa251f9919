import { useNavigate } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { errorText } from '../../api/client';
import type { ListResponse, Severity, Task } from '../../api/types';
import { useApiGet } from '../../api/useApiGet';
import { useAuth } from '../../auth/AuthContext';
import { useAccess } from '../../auth/access';
import { VillageOverview } from './VillageOverview';
import '../../i18n/home.zh-CN';

const SEVERITY_COLOUR: Record<Severity, string> = { info: '#1677ff', warning: '#fa8c16', danger: '#f5222d' };
const SEVERITY_TAG: Record<Severity, string> = { info: 'blue', warning: 'orange', danger: 'red' };

function DueTag({ dueDate }: { dueDate: string }) {
  const { t } = useTranslation();
  const due = dayjs(dueDate);
  const today = dayjs().startOf('day');
  const overdue = due.isBefore(today, 'day');
  const isToday = due.isSame(today, 'day');
  return (
    <Tag icon={<ClockCircleOutlined />} color={overdue ? 'red' : isToday ? 'orange' : 'default'}>
      {t('home.due', { date: due.format('YYYY-MM-DD') })}
      {overdue ? ` · ${t('home.overdue')}` : isToday ? ` · ${t('home.dueToday')}` : ''}
    </Tag>
  );
}

function TaskCard({ task }: { task: Task }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const link = task.link;
  // Only same-site paths and web addresses: a link comes from data and must not run script.
  const safeLink =
    link && ((link.startsWith('/') && !link.startsWith('//')) || /^https?:\/\//.test(link)) ? link : null;
  const action = safeLink ? (
    safeLink.startsWith('/') && !safeLink.startsWith('//') ? (
      <Button type="primary" onClick={() => void navigate(safeLink)}>
        {t('home.open')}
      </Button>
    ) : (
      <Button type="primary" href={safeLink} target="_blank" rel="noreferrer">
        {t('home.open')}
      </Button>
    )
  ) : null;
  return (
    <Card size="small" style={{ borderLeft: `4px solid ${SEVERITY_COLOUR[task.severity]}` }} data-testid="task-card">
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <div style={{ flex: '1 1 240px', minWidth: 0 }}>
          <Flex gap={8} align="center" wrap style={{ marginBottom: 4 }}>
            <Tag color={SEVERITY_TAG[task.severity]}>{t(`home.severity.${task.severity}`)}</Tag>
            <Typography.Text strong>{task.title}</Typography.Text>
          </Flex>
          {task.description && (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
              {task.description}
            </Typography.Paragraph>
          )}
          {task.dueDate && <DueTag dueDate={task.dueDate} />}
        </div>
        {action}
      </Flex>
    </Card>
  );
}

export default function HomePage() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useApiGet<ListResponse<Task>>('/api/tasks');
  const tasks = data?.data ?? [];
  const { me } = useAuth();
  const { can } = useAccess();
  // A township's supervisor (a grant on a township, 9 digits) looks after its villages: they come first.
  const township = can('children:read') && (me?.grants ?? []).some((g) => g.divisionCode?.length === 9);

  return (
    <PageContainer title={t('home.title')} className="hehu-page">
      {township && <VillageOverview />}
      {error !== undefined && (
        <Alert
          type="error"
          showIcon
          message={errorText(error)}
          action={<Button onClick={reload}>{t('common.retry')}</Button>}
          style={{ marginBottom: 16 }}
        />
      )}
      {loading && !data ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : tasks.length === 0 && error === undefined ? (
        <Card>
          <Empty
            description={
              <>
                {t('home.empty')}
                <br />
                <Typography.Text type="secondary">{t('home.emptyHint')}</Typography.Text>
              </>
            }
          />
        </Card>
      ) : (
        <Flex vertical gap={12}>
          {tasks.map((task) => (
            <TaskCard key={task.id} task={task} />
          ))}
        </Flex>
      )}
    </PageContainer>
  );
}
