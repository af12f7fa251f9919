// 一人一档: one child's whole file. The header says who the child is; the tabs hold the parts. The
// open tab is in the URL (?tab=) so a reload or a shared link lands on the same part.
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Empty, Skeleton, Tabs, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError, errorText } from '../../../api/client';
import type { ChildFile } from '../../../api/registry';
import { useApiGet } from '../../../api/useApiGet';
import { useIsPhone } from '../../../hooks/useIsPhone';
import { useLang } from '../childFormat';
import { useAccess } from '../../../auth/access';
import NotFoundPage from '../../errors/NotFoundPage';
import { EditChildDrawer } from '../form/EditChildDrawer';
import { BasicTab } from './BasicTab';
import { CategoriesTab } from './CategoriesTab';
import { ChildPhoto } from './ChildPhoto';
import { DocumentsTab } from './DocumentsTab';
import { FamilyTab } from './FamilyTab';
import { FileHeader } from './FileHeader';
import { HistoryTab } from './HistoryTab';
import { LifecycleMenu } from './LifecycleMenu';
import { PhoneTabBar } from './PhoneTabBar';
import { VisitsTab } from './VisitsTab';
import { valueText } from './historyFormat';
import { CareTab } from '../../left-behind/CareTab';
import { AllowanceTab } from '../../allowances/AllowanceTab';
import '../../../i18n/allowances.zh-CN';
import '../../../i18n/applications.zh-CN';
import '../../../i18n/care.zh-CN';
import '../../../i18n/childFile.zh-CN';

const TABS = ['basic', 'family', 'categories', 'care', 'allowance', 'documents', 'history', 'visits', 'cases'] as const;
type TabKey = (typeof TABS)[number];
const isTab = (value: string | null): value is TabKey => (TABS as readonly (string | null)[]).includes(value);

function ComingSoon() {
  const { t } = useTranslation();
  return (
    <Empty
      description={
        <>
          <Typography.Text strong>{t('childFile.comingSoon')}</Typography.Text>
          <br />
          <Typography.Text type="secondary">{t('childFile.comingSoonHint')}</Typography.Text>
        </>
      }
    />
  );
}

export default function ChildFilePage() {
  const { can } = useAccess();
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const phone = useIsPhone();
  const lang = useLang();
  const [search, setSearch] = useSearchParams();
  const tab = isTab(search.get('tab')) ? (search.get('tab') as TabKey) : 'basic';
  const file = useApiGet<ChildFile>(`/api/children/${encodeURIComponent(id)}`);
  const [editing, setEditing] = useState(false);
  // Bumped by any change on the page: the tabs that show derived data (evaluation, history, the
  // documents' subjects) remount and load again.
  const [revision, setRevision] = useState(0);
  const child = file.data?.id === id ? file.data : undefined;

  // Out of scope answers 404 exactly like missing: show the same page for both.
  if (file.error instanceof ApiError && file.error.status === 404) return <NotFoundPage />;

  const changed = () => {
    file.reload();
    setRevision((r) => r + 1);
  };
  const editable = child?.canEdit === true && child.status !== 'archived';

  const notices = child && (
    <>
      {child.status === 'terminated' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('childFile.terminatedNotice', {
            month: child.terminationMonth ?? t('common.empty'),
            reason: valueText('terminationReason', child.terminationReason, t, lang),
          })}
        />
      )}
      {child.status === 'archived' && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('childFile.archivedNotice')} />
      )}
      {child.status === 'transferred' && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('childFile.transferredNotice')} />
      )}
      {child.mergedInto && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('childFile.mergedNotice')}
          action={<Link to={`/children/${child.mergedInto}`}>{t('childFile.openMerged')}</Link>}
        />
      )}
    </>
  );

  const items = child
    ? [
        {
          key: 'basic',
          label: t('childFile.tabs.basic'),
          children: <BasicTab child={child} onEdit={editable ? () => setEditing(true) : undefined} />,
        },
        {
          key: 'family',
          label: t('childFile.tabs.family'),
          children: <FamilyTab childId={child.id} canEdit={editable} onChanged={changed} />,
        },
        {
          key: 'categories',
          label: t('childFile.tabs.categories'),
          children: <CategoriesTab key={revision} childId={child.id} onChanged={changed} />,
        },
        // 留守照护 only for a left-behind child, or when a link asks for it (the server says if there is a record).
        ...(child.categories.includes('left_behind') || tab === 'care'
          ? [
              {
                key: 'care',
                label: t('care.tab'),
                children: (
                  <CareTab
                    key={revision}
                    childId={child.id}
                    canEdit={can('visits:record') && child.status === 'active'}
                  />
                ),
              },
            ]
          : []),
        // 发放台账 for those who read allowances (the payee account and the months paid).
        ...(can('allowances:read')
          ? [
              {
                key: 'allowance',
                label: t('allowances.tab.title'),
                children: <AllowanceTab key={revision} childId={child.id} />,
              },
            ]
          : []),
        {
          key: 'documents',
          label: t('childFile.tabs.documents'),
          children: <DocumentsTab key={revision} childId={child.id} canEdit={editable} />,
        },
        {
          key: 'history',
          label: t('childFile.tabs.history'),
          // Remounted on every change so the newest entry is there when the tab is opened.
          children: <HistoryTab key={`${child.version}-${revision}`} childId={child.id} />,
        },
        {
          key: 'visits',
          label: t('childFile.tabs.visits'),
          children: <VisitsTab key={revision} childId={child.id} active={child.status === 'active'} />,
        },
        { key: 'cases', label: t('childFile.tabs.cases'), children: <ComingSoon /> },
      ]
    : [];

  return (
    <PageContainer
      title={t('childFile.title')}
      className="hehu-page"
      extra={
        <Button
          icon={<ArrowLeftOutlined />} // Back to the list as it was (filters in its URL); a file opened from a link goes to the list.
          onClick={() => void (location.key === 'default' ? navigate('/children') : navigate(-1))}
        >
          {t('childFile.backToList')}
        </Button>
      }
    >
      {file.error !== undefined && (
        <Alert type="error" showIcon message={errorText(file.error)} style={{ marginBottom: 12 }} />
      )}
      {!child ? (
        <Skeleton active />
      ) : (
        <>
          <FileHeader
            key={child.id}
            child={child}
            extra={
              <>
                {can('applications:file') && child.status === 'active' && (
                  <Link to={`/applications/new?childId=${child.id}`} data-testid="start-application">
                    <Button size="small">{t('applications.startFromChild')}</Button>
                  </Link>
                )}
                {editable && <LifecycleMenu child={child} onChanged={changed} />}
              </>
            }
            photo={<ChildPhoto child={child} editable={editable} onChanged={changed} />}
          />
          {notices}
          <Tabs
            activeKey={tab}
            onChange={(key) => setSearch(key === 'basic' ? {} : { tab: key }, { replace: true })}
            items={items}
            // A phone shows every part as a button grid: a scrolling tab strip would hide half of them.
            renderTabBar={
              phone
                ? () => (
                    <PhoneTabBar
                      items={items}
                      active={tab}
                      onPick={(key) => setSearch(key === 'basic' ? {} : { tab: key }, { replace: true })}
                    />
                  )
                : undefined
            }
            style={{ background: '#fff', padding: phone ? '0 12px 12px' : '0 16px 16px', borderRadius: 8 }}
          />
          {editable && (
            <EditChildDrawer
              child={child}
              open={editing}
              onClose={() => setEditing(false)}
              onSaved={() => {
                setEditing(false);
                changed();
              }}
              onReload={changed}
            />
          )}
        </>
      )}
    </PageContainer>
  );
}
