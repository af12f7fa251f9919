// 留守照护: a left-behind child's living arrangement, the entrusted carer and the law's check of them, the
// agreement and the notices, the parents away and their contacts. Alerts come from the server on every read.
import { useState, type ReactNode } from 'react';
import { Alert, Button, Card, Checkbox, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { EditOutlined, WarningFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CARER_EXCLUSION_CODES } from '@hehu/domain';
import type { CareView } from '../../api/care';
import { useApiGet } from '../../api/useApiGet';
import { useAccess } from '../../auth/access';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import { useLang } from '../children/childFormat';
import { CareAgreementScan } from './CareAgreementScan';
import { CareForm } from './CareForm';
import { LivingText } from './careFormat';
import { ParentContacts } from './ParentContacts';
import '../../i18n/care.zh-CN';

const LIVING_ALERTS = new Set(['LEFT_UNATTENDED', 'LIVING_ALONE']);

interface SummaryProps {
  view: CareView;
  /** Links the agreement scan (its own save; the summary's record is loaded again after it). */
  scan: ReactNode;
}

function CareSummary({ view, scan }: SummaryProps) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const care = view.care;
  if (!care)
    return (
      <Flex vertical gap={6}>
        <Typography.Text type="secondary">{t('care.noRecord')}</Typography.Text>
        {scan}
      </Flex>
    );
  const carer = view.carers.find((c) => c.relationId === care.carerRelationId);
  const livingAlerts = view.alerts.filter((a) => LIVING_ALERTS.has(a.code));
  const empty = t('common.empty');
  return (
    <Descriptions
      column={phone ? 1 : 2}
      layout={phone ? 'vertical' : 'horizontal'}
      size="small"
      bordered
      data-testid="care-summary"
    >
      <Descriptions.Item label={t('care.living')} span={phone ? 1 : 2}>
        {/* The alert itself stands above the card; here the arrangement is marked red when it breaks Art. 21. */}
        <Typography.Text type={livingAlerts.length > 0 ? 'danger' : undefined} strong={livingAlerts.length > 0}>
          {livingAlerts.length > 0 && <WarningFilled style={{ marginInlineEnd: 4 }} />}
          <LivingText value={care.livingArrangement} />
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('care.carer')}>
        {carer
          ? [
              carer.name,
              carer.relationLabel,
              carer.age === null ? t('care.carerAgeUnknown') : t('care.carerAge', { age: carer.age }),
            ]
              .filter(Boolean)
              .join(' · ')
          : t('care.carerNone')}
      </Descriptions.Item>
      <Descriptions.Item label={t('care.fullCapacity')}>
        {care.carerFullCapacity === null ? empty : care.carerFullCapacity ? t('care.yes') : t('care.no')}
      </Descriptions.Item>
      <Descriptions.Item label={t('care.exclusionsTitle')} span={phone ? 1 : 2}>
        <Flex vertical gap={2}>
          {CARER_EXCLUSION_CODES.map((code) => (
            <Checkbox key={code} checked={care.carerExclusions[code] === true} disabled>
              <span style={{ color: 'rgba(0,0,0,0.88)' }}>{t(`care.exclusion.${code}`)}</span>
            </Checkbox>
          ))}
        </Flex>
      </Descriptions.Item>
      <Descriptions.Item label={t('care.evidence')}>{care.carerEvidence || empty}</Descriptions.Item>
      <Descriptions.Item label={t('care.checkedOn')}>{care.carerCheckedOn ?? empty}</Descriptions.Item>
      <Descriptions.Item label={t('care.agreementSignedOn')} span={phone ? 1 : 2}>
        <Flex vertical gap={6}>
          <span data-testid="care-agreement">{care.agreementSignedOn ?? t('care.unsigned')}</span>
          {scan}
        </Flex>
      </Descriptions.Item>
      <Descriptions.Item label={t('care.schoolNotifiedOn')}>{care.schoolNotifiedOn ?? empty}</Descriptions.Item>
      <Descriptions.Item label={t('care.villageNotifiedOn')}>{care.villageNotifiedOn ?? empty}</Descriptions.Item>
    </Descriptions>
  );
}

function Parents({ view }: { view: CareView }) {
  const { t } = useTranslation();
  if (view.parents.length === 0) return null;
  return (
    <Card size="small" title={t('care.parents')}>
      <Flex vertical gap={4}>
        {view.parents.map((p) => (
          <Typography.Text key={`${p.kind}-${p.name}`}>
            {t(`care.parentKind.${p.kind === 'mother' ? 'mother' : 'father'}`)}：{p.name}
            {p.awaySince && ` · ${t('care.awaySince', { date: p.awaySince })}`}
            {p.workPlace && ` · ${t('care.workPlace', { place: p.workPlace })}`}
          </Typography.Text>
        ))}
      </Flex>
    </Card>
  );
}

interface Props {
  childId: string;
  /** May change the record and log contacts (visits:record over an active child). */
  canEdit: boolean;
}

export function CareTab({ childId, canEdit }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const phone = useIsPhone();
  const { can } = useAccess();
  const care = useApiGet<CareView>(`/api/children/${encodeURIComponent(childId)}/care`);
  const [editing, setEditing] = useState(false);
  const view = care.data?.childId === childId ? care.data : undefined;
  if (care.error !== undefined && !view) return <LoadProblem error={care.error} />;
  if (!view) return <Skeleton active />;

  return (
    <Flex vertical gap={12} style={{ paddingTop: 8 }} data-testid="care-tab">
      {!view.leftBehind && <Alert type="info" showIcon message={t('care.notLeftBehind')} />}
      {view.alerts.map((a) => (
        <Alert key={a.code} type="error" showIcon message={a[lang]} data-testid={`care-alert-${a.code}`} />
      ))}
      {view.carerProblems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message={t('care.problems')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {view.carerProblems.map((p) => (
                <li key={p.field}>{p[lang]}</li>
              ))}
            </ul>
          }
        />
      )}
      <Card
        size="small"
        title={t('care.tab')}
        extra={
          canEdit &&
          !editing && (
            <Button
              icon={<EditOutlined />}
              onClick={() => setEditing(true)}
              style={phone ? { minHeight: 44 } : undefined}
              data-testid="care-edit"
            >
              {view.care ? t('care.edit') : t('care.create')}
            </Button>
          )
        }
      >
        {editing ? (
          <CareForm
            key={view.care?.version ?? 0}
            childId={childId}
            view={view}
            onSaved={() => {
              setEditing(false);
              care.reload();
            }}
            onStale={() => {
              setEditing(false);
              care.reload();
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <CareSummary
            view={view}
            scan={
              <CareAgreementScan
                childId={childId}
                view={view}
                // The scan goes to the child's 材料 first, which takes children:write.
                canUpload={canEdit && can('children:write')}
                onChanged={care.reload}
              />
            }
          />
        )}
      </Card>
      <Parents view={view} />
      <ParentContacts childId={childId} view={view} canRecord={canEdit} onRecorded={care.reload} />
    </Flex>
  );
}
