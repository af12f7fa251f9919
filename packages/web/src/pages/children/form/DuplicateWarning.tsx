// Similar files found before saving: show enough to compare (name, birth date, masked ID) with a link
// that opens in a new tab so the form is kept, and save only on an explicit confirmation.
import { Alert, Button, Flex, List, Typography } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { NearDuplicate } from '../../../api/registry';
import { monospace } from '../childFormat';
import '../../../i18n/childFile.zh-CN';

interface Props {
  duplicates: NearDuplicate[];
  saving: boolean;
  onConfirm: () => void;
}

export function DuplicateWarning({ duplicates, saving, onConfirm }: Props) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="duplicate-warning"
      style={{ marginBottom: 16 }}
      message={t('childForm.duplicatesTitle')}
      description={
        <Flex vertical gap={8}>
          <Typography.Text>{t('childForm.duplicatesHint')}</Typography.Text>
          <List
            size="small"
            bordered
            style={{ background: '#fff' }}
            dataSource={duplicates}
            renderItem={(item) => (
              <List.Item
                actions={[
                  <a key="open" href={`/children/${item.id}`} target="_blank" rel="noreferrer">
                    {t('childForm.open')} <ExportOutlined />
                  </a>,
                ]}
              >
                <Flex gap={12} wrap>
                  <Typography.Text strong>{item.name}</Typography.Text>
                  <Typography.Text>{item.birthDate}</Typography.Text>
                  <Typography.Text style={monospace}>{item.idNumberMasked ?? t('common.empty')}</Typography.Text>
                  <Typography.Text type="secondary">
                    {t('childForm.similarity', { percent: Math.round(item.similarity * 100) })}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
          <div>
            <Button danger loading={saving} onClick={onConfirm}>
              {t('childForm.confirmNotDuplicate')}
            </Button>
          </div>
        </Flex>
      }
    />
  );
}
