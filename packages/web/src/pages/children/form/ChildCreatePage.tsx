// A new child's file: identity first, then the ledger groups; similar files are shown before saving.
import { useNavigate, useSearchParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Flex, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { divisionLevel } from '@hehu/domain';
import { useAuth } from '../../../auth/AuthContext';
import { useIsPhone } from '../../../hooks/useIsPhone';
import { errorText } from '../../../api/client';
import { ChildFormFields } from './ChildFormFields';
import { DuplicateWarning } from './DuplicateWarning';
import { RelativesFields, addRelatives } from './RelativesFields';
import { initialValues } from './childFormModel';
import type { ChildFormValues } from './childFormModel';
import { useChildSave } from './useChildSave';
import { caseOriginOf, linkToCase } from './fromCase';
import '../../../i18n/caseMatching.zh-CN';
import '../../../i18n/childFile.zh-CN';

export default function ChildCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const phone = useIsPhone();
  const [form] = Form.useForm<ChildFormValues>();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const origin = caseOriginOf(params);
  // Started from a case: link the new file to it and go back there instead of to the file.
  const finish = (childId: string, fileAddress: string) => {
    if (!origin) {
      void navigate(fileAddress);
      return;
    }
    void linkToCase(origin.caseId, childId)
      .then(
        () => message.success(t('caseMatching.linked')),
        (caught: unknown) => message.warning(t('caseMatching.linkFailed', { reason: errorText(caught) }), 10),
      )
      .finally(() => void navigate(`/cases/${origin.caseId}`));
  };
  const leave = () => void navigate(origin ? `/cases/${origin.caseId}` : '/children');
  const save = useChildSave({
    form,
    onSaved: (child) => {
      const relatives = (form.getFieldsValue(true) as ChildFormValues).relatives ?? [];
      if (relatives.length === 0) {
        finish(child.id, `/children/${child.id}`);
        return;
      }
      void addRelatives(child.id, child.birthDate, relatives).then(({ linkRequests, failed }) => {
        if (linkRequests > 0) void message.info(t('childForm.relativesLinkRequested', { count: linkRequests }), 8);
        if (failed.length > 0) {
          const list = failed.map((f) => `${f.name}（${f.reason}）`).join('；');
          void message.warning(t('childForm.relativesFailed', { list }), 10);
        }
        finish(child.id, `/children/${child.id}?tab=family`);
      });
    },
  });
  // A village director has one village: start with it instead of asking.
  const { me } = useAuth();
  const villages = [...new Set((me?.grants ?? []).flatMap((g) => (g.divisionCode ? [g.divisionCode] : [])))];
  const onlyVillage = villages.length === 1 && divisionLevel(villages[0] ?? '') === 'village' ? villages[0] : undefined;

  return (
    <PageContainer title={t('childForm.createTitle')} className="hehu-page" onBack={leave}>
      {origin && (
        <Alert
          type="info"
          showIcon
          message={t('caseMatching.fromCase')}
          style={{ marginBottom: 12 }}
          data-testid="child-from-case"
        />
      )}
      <Card>
        <Form<ChildFormValues>
          form={form}
          layout="vertical"
          initialValues={{ ...initialValues(), divisionCode: onlyVillage, ...origin?.values }}
          onValuesChange={save.clearDuplicates}
          onFinish={() => void save.submit()}
          scrollToFirstError={{ block: 'center' }}
          data-testid="child-form"
        >
          <ChildFormFields form={form} />
          <Typography.Title level={5} style={{ marginTop: 8 }}>
            {t('childForm.relatives')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('childForm.relativesHint')}</Typography.Paragraph>
          <RelativesFields />
          {save.duplicates && save.duplicates.length > 0 && (
            <DuplicateWarning
              duplicates={save.duplicates}
              saving={save.saving}
              onConfirm={() => void save.confirmNotDuplicate()}
            />
          )}
          <Flex gap={8} justify={phone ? 'stretch' : 'flex-start'}>
            <Button type="primary" htmlType="submit" loading={save.saving} block={phone}>
              {t('common.save')}
            </Button>
            <Button onClick={leave} block={phone}>
              {t('common.cancel')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </PageContainer>
  );
}
