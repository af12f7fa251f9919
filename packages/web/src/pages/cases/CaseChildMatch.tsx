// The case's child among the registry files: suggestions ranked by the server (name, place, sex, age) with the
// reasons each matched, a button to link one, and a new file made from the case when none is the child.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, App, Button, Card, Flex, Skeleton, Tag, Typography } from 'antd';
import { FileAddOutlined, LinkOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api, errorText } from '../../api/client';
import { useApiGet } from '../../api/useApiGet';
import { useAccess } from '../../auth/access';
import { CategoryTags } from '../children/childFormat';
import type { SectionProps } from './CaseSections';
import type { CaseDetail, ChildCandidate } from './types';
import '../../i18n/caseMatching.zh-CN';

/** Touch targets on a phone, and everywhere here since the cards are often used on one. */
const TARGET = { minHeight: 44 };

/** Where the registry's new-child form starts from this case: its name, sex and village, and the case to link. */
export function newChildFromCase(detail: CaseDetail): string {
  const query = new URLSearchParams({ fromCase: detail.id });
  const name = detail.child.name.trim();
  if (name && name !== '不详') query.set('name', name);
  if (detail.child.sex) query.set('sex', detail.child.sex === 'male' ? 'M' : 'F');
  // The form takes a village only; a case known to its township or county leaves the choice to the user.
  if (/^\d{12}$/.test(detail.divisionCode)) query.set('division', detail.divisionCode);
  return `/children/new?${query.toString()}`;
}

function CandidateCard({
  candidate,
  linking,
  onLink,
}: {
  candidate: ChildCandidate;
  linking: boolean;
  onLink: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Card size="small" data-testid="case-child-candidate" styles={{ body: { padding: 12 } }}>
      <Flex vertical gap={6}>
        <Flex wrap gap={8} align="baseline">
          <Typography.Text strong style={{ fontSize: 16 }}>
            {candidate.name}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t(`caseMatching.sex.${candidate.sex}`)} · {t('caseMatching.age', { count: candidate.age })}
          </Typography.Text>
        </Flex>
        <Typography.Text type="secondary">{candidate.idNumberMasked ?? t('caseMatching.noId')}</Typography.Text>
        <Typography.Text>{candidate.divisionPath}</Typography.Text>
        <Flex wrap gap={4}>
          {candidate.reasons.map((r) => (
            <Tag key={r} color="green" style={{ marginInlineEnd: 0 }}>
              {r}
            </Tag>
          ))}
          <CategoryTags codes={candidate.categories} />
        </Flex>
        <Flex wrap gap={8}>
          <Button
            type="primary"
            icon={<LinkOutlined />}
            loading={linking}
            onClick={onLink}
            style={{ ...TARGET, flex: '1 1 140px' }}
            data-testid="case-child-link"
          >
            {t('caseMatching.link')}
          </Button>
          <Link to={`/children/${candidate.id}`} target="_blank" style={{ flex: '1 1 120px' }}>
            <Button block style={TARGET}>
              {t('caseMatching.open')}
            </Button>
          </Link>
        </Flex>
      </Flex>
    </Card>
  );
}

export function CaseChildMatch({ detail, change }: SectionProps) {
  const { t } = useTranslation();
  const { can } = useAccess();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [linking, setLinking] = useState<string | null>(null);
  const wanted = can('cases:work') && detail.stage !== 'closed' && detail.child.id === null;
  const loaded = useApiGet<{ items: ChildCandidate[] }>(wanted ? `/api/cases/${detail.id}/child-candidates` : null);
  if (!wanted) return null;

  const link = async (childId: string) => {
    setLinking(childId);
    try {
      await change(() => api.post(`/api/cases/${detail.id}/child`, { childId, version: detail.version }));
      void message.success(t('caseMatching.linked'));
    } catch (caught) {
      void message.error(errorText(caught));
    } finally {
      setLinking(null);
    }
  };

  const items = loaded.data?.items ?? [];
  return (
    <Card size="small" title={t('caseMatching.title')} data-testid="case-child-match">
      <Flex vertical gap={8}>
        {loaded.error !== undefined ? (
          <Alert type="error" showIcon message={errorText(loaded.error)} />
        ) : !loaded.data ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : items.length === 0 ? (
          <Typography.Text type="secondary">{t('caseMatching.none')}</Typography.Text>
        ) : (
          <>
            <Typography.Text type="secondary">{t('caseMatching.hint')}</Typography.Text>
            <div
              style={{
                display: 'grid',
                gap: 8,
                gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 300px), 1fr))',
              }}
            >
              {items.map((c) => (
                <CandidateCard key={c.id} candidate={c} linking={linking === c.id} onLink={() => void link(c.id)} />
              ))}
            </div>
          </>
        )}
        {can('children:write') && (
          <Flex wrap gap={8} align="center">
            <Typography.Text type="secondary" style={{ flex: '1 1 240px' }}>
              {t('caseMatching.createHint')}
            </Typography.Text>
            <Button
              icon={<FileAddOutlined />}
              onClick={() => void navigate(newChildFromCase(detail))}
              style={TARGET}
              data-testid="case-child-create"
            >
              {t('caseMatching.create')}
            </Button>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
