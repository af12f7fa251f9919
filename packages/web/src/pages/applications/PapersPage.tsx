// 证明材料清单: the papers each application must carry, as the city publishes them (RULES §1–§2). The list in force
// is shown by category, by parent situation and for a termination, then every version with who published it. With
// rules:manage a new version is published from a form filled in from the one in force; a paper keeps its code and
// English name while its Chinese name is unchanged. The server's field errors land on the list they name.
import { useState } from 'react';
import { PageContainer } from '@ant-design/pro-components';
import {
  Button,
  Card,
  ConfigProvider,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  Select,
  Skeleton,
  Typography,
} from 'antd';
import type { FormInstance } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { PaperChecklists } from '../../api/applications';
import { useApiGet } from '../../api/useApiGet';
import { useAccess } from '../../auth/access';
import { FormDialog } from '../../components/FormDialog';
import { LoadProblem } from '../../components/LoadProblem';
import { placeServerErrors } from '../../components/serverFieldErrors';
import { useIsPhone } from '../../hooks/useIsPhone';
import { categoryLabel, situationLabel, useLang } from '../children/childFormat';
import { ChecklistTables, ChecklistVersions } from './papersTables';
import { formPath, publishBody, type PublishValues } from './papersForm';
import '../../i18n/papers.zh-CN';

export default function PapersPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { can } = useAccess();
  const phone = useIsPhone();
  const view = useApiGet<PaperChecklists>('/api/applications/papers');
  const [publishing, setPublishing] = useState(false);
  const inForce = view.data?.inForce;
  const today = view.data?.today ?? dayjs().format('YYYY-MM-DD');
  const inForceVersion = view.data?.versions.find((v) => v.version === inForce?.version);

  const publish = async (values: PublishValues, form: FormInstance<PublishValues>) => {
    if (!inForce) return;
    try {
      await api.post('/api/applications/papers', publishBody(values, inForce));
    } catch (caught) {
      throw placeServerErrors(caught, form, formPath);
    }
    setPublishing(false);
    view.reload();
  };
  const tags = (label: string) => (
    <Select
      mode="tags"
      aria-label={label}
      tokenSeparators={['、', '，', ',']}
      placeholder={t('papers.papersPlaceholder')}
      open={false}
      suffixIcon={null}
    />
  );

  return (
    <PageContainer
      title={t('papers.title')}
      className="hehu-page"
      content={<Typography.Text type="secondary">{t('papers.intro')}</Typography.Text>}
      extra={
        can('rules:manage') &&
        inForce && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setPublishing(true)}
            data-testid="papers-publish"
            style={phone ? { minHeight: 44 } : undefined}
          >
            {t('papers.publish')}
          </Button>
        )
      }
    >
      {view.error !== undefined && !view.data ? (
        <LoadProblem error={view.error} />
      ) : !view.data || !inForce ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={12}>
          <Card size="small" title={t('papers.inForce')} data-testid="papers-in-force">
            <Descriptions size="small" column={phone ? 1 : 3} style={{ marginBottom: 12 }}>
              <Descriptions.Item label={t('papers.version')}>{inForce.version}</Descriptions.Item>
              <Descriptions.Item label={t('papers.effectiveFrom')}>{inForce.effectiveFrom}</Descriptions.Item>
              <Descriptions.Item label={t('papers.publishedBy')}>
                {inForceVersion?.changedBy ?? t('papers.seeded')}
              </Descriptions.Item>
              <Descriptions.Item label={t('papers.source')} span={phone ? 1 : 3}>
                {inForce.source}
              </Descriptions.Item>
            </Descriptions>
            <ChecklistTables list={inForce} />
          </Card>
          <Card size="small" title={t('papers.history')} data-testid="papers-versions">
            <ChecklistVersions versions={view.data.versions} inForce={inForce} today={today} />
          </Card>
        </Flex>
      )}
      {inForce && (
        <FormDialog<PublishValues>
          open={publishing}
          title={t('papers.publishTitle')}
          okText={t('papers.publishOk')}
          doneText={t('papers.published')}
          onCancel={() => setPublishing(false)}
          onSubmit={publish}
          width={720}
          initialValues={{
            effectiveFrom: dayjs(today),
            source: '',
            byCategory: Object.fromEntries(inForce.byCategory.map((c) => [c.category, c.papers.map((p) => p.name.zh)])),
            bySituation: Object.fromEntries(inForce.bySituation.map((s) => [s.situation, s.name.zh])),
            terminate: inForce.terminate.map((p) => p.name.zh),
          }}
          testId="papers-form"
        >
          <ConfigProvider theme={phone ? { token: { controlHeight: 44 } } : undefined}>
            <Typography.Paragraph type="secondary">{t('papers.publishHint')}</Typography.Paragraph>
            <Flex gap={12} wrap>
              <Form.Item
                name="effectiveFrom"
                label={t('papers.effectiveFrom')}
                rules={[{ required: true, message: t('papers.dateRequired') }]}
                style={{ flex: '1 1 160px' }}
              >
                <DatePicker
                  style={{ width: '100%' }}
                  inputReadOnly={phone}
                  allowClear={false}
                  disabledDate={(d) => d.format('YYYY-MM-DD') < today}
                />
              </Form.Item>
              <Form.Item
                name="source"
                label={t('papers.source')}
                rules={[{ required: true, whitespace: true, message: t('papers.sourceRequired') }]}
                style={{ flex: '2 1 260px' }}
              >
                <Input.TextArea
                  maxLength={200}
                  autoSize={{ minRows: 1, maxRows: 3 }}
                  placeholder={t('papers.sourcePlaceholder')}
                />
              </Form.Item>
            </Flex>
            {inForce.byCategory.map((c) => (
              <Form.Item key={c.category} name={['byCategory', c.category]} label={categoryLabel(c.category, lang)}>
                {tags(categoryLabel(c.category, lang))}
              </Form.Item>
            ))}
            <Form.Item name="terminate" label={t('papers.terminate')}>
              {tags(t('papers.terminate'))}
            </Form.Item>
            <Typography.Paragraph type="secondary">{t('papers.situationHint')}</Typography.Paragraph>
            <Flex gap={12} wrap>
              {inForce.bySituation.map((s) => (
                <Form.Item
                  key={s.situation}
                  name={['bySituation', s.situation]}
                  label={situationLabel(s.situation, lang)}
                  rules={[{ required: true, whitespace: true, message: t('papers.situationRequired') }]}
                  style={{ flex: '1 1 300px' }}
                >
                  <Input maxLength={40} />
                </Form.Item>
              ))}
            </Flex>
          </ConfigProvider>
        </FormDialog>
      )}
    </PageContainer>
  );
}
