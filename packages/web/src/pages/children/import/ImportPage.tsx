// 批量导入台账: template → upload (checked, nothing saved) → review the rows → import. The check
// result stays in this page's state; the server keeps the job for the commit.
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Flex, Steps, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/client';
import { downloadFile } from '../../../api/files';
import type { ImportCheck, ImportCommit } from '../../../api/registry';
import { useIsPhone } from '../../../hooks/useIsPhone';
import { ImportCheckResult } from './ImportCheckResult';
import { ImportCommitStep } from './ImportCommitStep';
import { ImportUpload } from './ImportUpload';
import '../../../i18n/registryPages.zh-CN';

export default function ImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const phone = useIsPhone();
  const [step, setStep] = useState(0);
  const [check, setCheck] = useState<ImportCheck | null>(null);
  const [committed, setCommitted] = useState<ImportCommit | null>(null);
  const [downloading, setDownloading] = useState(false);

  const template = async () => {
    setDownloading(true);
    try {
      await downloadFile('/api/children/import/template', undefined, 'template.xlsx');
    } catch (caught) {
      message.error(errorText(caught));
    } finally {
      setDownloading(false);
    }
  };

  const restart = () => {
    setCheck(null);
    setCommitted(null);
    setStep(1);
  };

  return (
    <PageContainer title={t('importWizard.title')} className="hehu-page" onBack={() => void navigate('/children')}>
      <Card>
        <Steps
          current={step}
          size="small"
          // Inline steps keep all four on one line on a phone instead of a tall vertical list.
          type={phone ? 'inline' : 'default'}
          style={{ marginBottom: 24 }}
          items={[
            { title: t('importWizard.steps.template') },
            { title: t('importWizard.steps.upload') },
            { title: t('importWizard.steps.check') },
            { title: t('importWizard.steps.commit') },
          ]}
        />
        {step === 0 && (
          <Flex vertical gap={16} align="flex-start">
            <Typography.Paragraph style={{ margin: 0 }}>{t('importWizard.templateIntro')}</Typography.Paragraph>
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t('listExport.templateHint')}
            </Typography.Paragraph>
            <Flex gap={8} wrap>
              <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void template()}>
                {t('importWizard.downloadTemplate')}
              </Button>
              <Button type="primary" onClick={() => setStep(1)}>
                {t('importWizard.next')}
              </Button>
            </Flex>
          </Flex>
        )}
        {step === 1 && (
          <ImportUpload
            onBack={() => setStep(0)}
            onChecked={(result) => {
              setCheck(result);
              setStep(2);
            }}
          />
        )}
        {step === 2 && check && <ImportCheckResult check={check} onBack={restart} onNext={() => setStep(3)} />}
        {step === 3 && check && (
          <ImportCommitStep
            check={check}
            committed={committed}
            onBack={() => setStep(2)}
            onCommitted={setCommitted}
            onAgain={restart}
          />
        )}
      </Card>
    </PageContainer>
  );
}
