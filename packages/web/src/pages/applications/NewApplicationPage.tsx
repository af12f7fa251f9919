// The application wizard, phone first: the rule check of each category on the child's recorded facts with
// the papers still missing, then the chosen category is created as a draft and opened. With ?kind=terminate the
// termination form instead, filled in from ?category= and ?eventDate= (as 终止与复核事项 opens it).
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationView, Eligibility } from '../../api/applications';
import { api } from '../../api/client';
import { useApiGet } from '../../api/useApiGet';
import { LoadProblem } from '../../components/LoadProblem';
import { CategoryTag, useLang } from '../children/childFormat';
import { TerminationForm } from './TerminationForm';
import '../../i18n/applications.zh-CN';

export default function NewApplicationPage() {
  const [params] = useSearchParams();
  const childId = params.get('childId');
  if (params.get('kind') === 'terminate' && childId)
    return <TerminationPage childId={childId} category={params.get('category')} eventDate={params.get('eventDate')} />;
  return <GrantWizard childId={childId} />;
}

function TerminationPage(props: { childId: string; category: string | null; eventDate: string | null }) {
  const { t } = useTranslation();
  return (
    <PageContainer
      title={t('applications.terminateTitle')}
      className="hehu-page"
      content={<Typography.Text type="secondary">{t('applications.terminateIntro')}</Typography.Text>}
    >
      <Flex vertical gap={8}>
        <Link to={`/children/${props.childId}`}>{t('menu.childDetail')}</Link>
        <TerminationForm {...props} />
      </Flex>
    </PageContainer>
  );
}

function GrantWizard({ childId }: { childId: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const check = useApiGet<Eligibility>(childId ? `/api/children/${childId}/eligibility` : null);
  const text = (b: { zh: string; en: string }) => (lang === 'en' ? b.en : b.zh);

  if (check.error !== undefined) return <LoadProblem error={check.error} />;
  if (!check.data) return <Skeleton active />;
  const create = async (category: string) => {
    try {
      const app = await api.post<ApplicationView>('/api/applications', { childId, kind: 'grant', category });
      message.success(t('applications.created'));
      void navigate(`/applications/${app.id}`);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };
  const ordered = [...check.data.checks].sort(
    (a, b) => Number(b.outcome === 'eligible') - Number(a.outcome === 'eligible'),
  );
  return (
    <PageContainer
      title={t('applications.newTitle')}
      className="hehu-page"
      content={<Typography.Text type="secondary">{t('applications.newIntro')}</Typography.Text>}
    >
      <Flex vertical gap={8}>
        {childId && <Link to={`/children/${childId}`}>{t('menu.childDetail')}</Link>}
        {ordered.map((c) => (
          <Card key={c.category} size="small" data-testid="eligibility-card">
            <Flex justify="space-between" align="center" wrap gap={8}>
              <CategoryTag code={c.category} />
              <Tag color={c.outcome === 'eligible' ? 'green' : c.outcome === 'not_eligible' ? 'red' : 'orange'}>
                {t(`applications.outcome.${c.outcome}`)}
              </Tag>
            </Flex>
            <Typography.Paragraph style={{ margin: '8px 0' }}>{text(c.summary)}</Typography.Paragraph>
            {c.outcome === 'eligible' && (
              <>
                <Flex vertical gap={4} style={{ marginBottom: 8 }}>
                  {c.papers.map((p) => (
                    <span key={p.code}>
                      <Tag color={p.met ? 'green' : 'red'}>
                        {p.met ? t('applications.paperMet') : t('applications.paperMissing')}
                      </Tag>
                      {text(p.name)}
                    </span>
                  ))}
                </Flex>
                <Button
                  type="primary"
                  block
                  onClick={() => void create(c.category)}
                  data-testid={`apply-${c.category}`}
                >
                  {t('applications.choose')}
                </Button>
              </>
            )}
          </Card>
        ))}
      </Flex>
    </PageContainer>
  );
}
