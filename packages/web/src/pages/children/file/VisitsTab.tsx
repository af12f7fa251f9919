// 走访与评估: the child's visits (newest first, with the next due date) and guardianship risk assessments, with
// the buttons to record either for a user who may.
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Empty, Image, List, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/client';
import { useApiGet } from '../../../api/useApiGet';
import {
  FINDINGS,
  visitPhotoPreviewUrl,
  visitPhotoUrl,
  type ChildAssessments,
  type ChildVisits,
  type Visit,
} from '../../../api/visits';
import { useAccess } from '../../../auth/access';
import { RiskLevelTag } from '../../visits/riskLevel';
import '../../../i18n/visits.zh-CN';

/**
 * The visit's photos as thumbnails that open the whole photo. A photo stored without a thumbnail (before they were
 * made, or where the phone could not draw one) is shown by the photo itself, scaled down.
 */
function VisitPhotos({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  if (visit.photos.length === 0) return null;
  return (
    <Image.PreviewGroup>
      <Space wrap size={8} data-testid="visit-photos">
        {visit.photos.map((photo, index) => (
          <Image
            key={photo.id}
            data-testid="visit-photo"
            width={88}
            height={88}
            loading="lazy"
            style={{ objectFit: 'cover', borderRadius: 6 }}
            alt={t('visits.tab.photoAlt', { date: visit.visitDate, n: index + 1 })}
            src={visitPhotoPreviewUrl(visit, photo)}
            preview={{ src: visitPhotoUrl(visit.childId, photo.id), mask: t('visits.tab.preview') }}
          />
        ))}
      </Space>
    </Image.PreviewGroup>
  );
}

function VisitItem({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  const findings = FINDINGS.filter((key) => visit[key] !== '');
  return (
    <List.Item data-testid="child-visit">
      <Space direction="vertical" size={2} style={{ width: '100%' }}>
        <Space wrap size={4}>
          <Typography.Text strong>{visit.visitDate}</Typography.Text>
          <Tag>{t(`visits.kind.${visit.kind}`)}</Tag>
          {visit.circumstancesChanged && <Tag color="orange">{t('visits.tab.changed')}</Tag>}
          {visit.photoIds.length > 0 && <Tag>{t('visits.tab.photos', { count: visit.photoIds.length })}</Tag>}
          {visit.visitorName && (
            <Typography.Text type="secondary">{t('visits.tab.visitor', { name: visit.visitorName })}</Typography.Text>
          )}
        </Space>
        {findings.map((key) => (
          <Typography.Text key={key}>
            <Typography.Text type="secondary">{t(`visits.finding.${key}`)}：</Typography.Text>
            {visit[key]}
          </Typography.Text>
        ))}
        {visit.note && <Typography.Text type="secondary">{visit.note}</Typography.Text>}
        <VisitPhotos visit={visit} />
      </Space>
    </List.Item>
  );
}

export function VisitsTab({ childId, active }: { childId: string; active: boolean }) {
  const { t } = useTranslation();
  const { can } = useAccess();
  const visits = useApiGet<ChildVisits>(`/api/children/${encodeURIComponent(childId)}/visits`);
  const assessments = useApiGet<ChildAssessments>(`/api/children/${encodeURIComponent(childId)}/assessments`);
  const error = visits.error ?? assessments.error;
  const plan = visits.data?.plan;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {active && can('visits:record') && (
        <Space wrap>
          <Link to={`/visits/new?child=${childId}`}>
            <Button type="primary" style={{ minHeight: 44 }} data-testid="record-visit">
              {t('visits.record')}
            </Button>
          </Link>
          <Link to={`/children/${childId}/assessments/new`}>
            <Button style={{ minHeight: 44 }} data-testid="assess-risk">
              {t('visits.tab.assess')}
            </Button>
          </Link>
        </Space>
      )}
      {error !== undefined && <Alert type="error" showIcon message={errorText(error)} />}
      <Card
        size="small"
        title={t('visits.tab.visits')}
        extra={
          plan && (
            <Typography.Text type={plan.standing === 'overdue' ? 'danger' : undefined}>
              {t('visits.tab.nextDue', { date: plan.due })}
              {plan.daysLate > 0 && ` · ${t('visits.mine.daysLate', { count: plan.daysLate })}`}
            </Typography.Text>
          )
        }
      >
        {!visits.data ? (
          <Skeleton active />
        ) : visits.data.data.length === 0 ? (
          <Empty description={t('visits.tab.noVisits')} />
        ) : (
          <List dataSource={visits.data.data} rowKey="id" renderItem={(visit) => <VisitItem visit={visit} />} />
        )}
      </Card>
      <Card size="small" title={t('visits.tab.assessments')}>
        {!assessments.data ? (
          <Skeleton active />
        ) : assessments.data.data.length === 0 ? (
          <Empty description={t('visits.tab.noAssessments')} />
        ) : (
          <List
            dataSource={assessments.data.data}
            rowKey="id"
            renderItem={(a) => (
              <List.Item data-testid="child-assessment">
                <Space wrap size={4}>
                  <Typography.Text strong>{a.assessedOn}</Typography.Text>
                  <RiskLevelTag level={a.level} />
                  <Typography.Text type="secondary">{t('visits.tab.total', { total: a.total })}</Typography.Text>
                  <Typography.Text type="secondary">
                    {t('visits.tab.instrument', { version: a.instrumentVersion })}
                  </Typography.Text>
                  {a.referralId !== null && <Tag color="red">{t('visits.tab.referral')}</Tag>}
                  {a.assessorName && <Typography.Text type="secondary">{a.assessorName}</Typography.Text>}
                </Space>
              </List.Item>
            )}
          />
        )}
      </Card>
    </Space>
  );
}
