// 材料 in the case workspace: the case's documents (photos of injuries, police records, assessment reports, court
// papers), newest first, each opened in a new tab — every view is audited by the server — and, for whoever works
// the case, an upload with a title and progress (the type is read from the file's bytes by the server).
import { useRef, useState } from 'react';
import { Button, Empty, Flex, Form, Input, List, Progress, Typography } from 'antd';
import { FileImageOutlined, FilePdfOutlined, UploadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import { uploadRaw } from '../../api/files';
import { useIsPhone } from '../../hooks/useIsPhone';
import type { SectionProps } from './CaseSections';
import '../../i18n/cases.zh-CN';

const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp,application/pdf,image/jpeg,image/png,image/webp';

const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

export function CaseDocuments({ detail, change, canUpload }: SectionProps & { canUpload: boolean }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [title, setTitle] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);

  const upload = async (file: File) => {
    setProblem(null);
    if (!title.trim()) {
      setProblem(t('cases.documents.titleRequired'));
      return;
    }
    if (file.size > MAX_BYTES) {
      setProblem(t('cases.documents.tooLarge'));
      return;
    }
    setProgress(0);
    try {
      await change(() =>
        uploadRaw(`/api/cases/${detail.id}/documents`, file, {
          query: { title: title.trim(), fileName: file.name },
          onProgress: setProgress,
        }),
      );
      setTitle('');
    } catch (caught) {
      setProblem(errorText(caught));
    } finally {
      setProgress(null);
    }
  };

  const contentUrl = (id: string) => `/api/cases/${detail.id}/documents/${id}/content`;
  return (
    <Flex vertical gap={12} data-testid="case-documents">
      {canUpload && (
        <Form layout={phone ? 'vertical' : 'inline'} onSubmitCapture={(e) => e.preventDefault()}>
          <Form.Item
            label={t('cases.documents.title')}
            validateStatus={problem ? 'error' : undefined}
            help={problem ?? undefined}
            style={{ flex: 1, minWidth: 220 }}
          >
            <Input
              value={title}
              maxLength={100}
              placeholder={t('cases.documents.titlePlaceholder')}
              onChange={(e) => setTitle(e.target.value)}
              data-testid="case-document-title"
            />
          </Form.Item>
          <Form.Item>
            <Button
              icon={<UploadOutlined />}
              loading={progress !== null}
              onClick={() => picker.current?.click()}
              block={phone}
              style={phone ? { minHeight: 44 } : undefined}
              data-testid="case-document-upload"
            >
              {t('cases.documents.upload')}
            </Button>
            <input
              ref={picker}
              type="file"
              accept={ACCEPT}
              hidden
              data-testid="case-document-file"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void upload(file);
              }}
            />
          </Form.Item>
        </Form>
      )}
      {progress !== null && <Progress percent={progress} size="small" />}
      {detail.documents.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.documents.empty')} />
      ) : (
        <List
          dataSource={detail.documents}
          rowKey="id"
          renderItem={(doc) => (
            <List.Item
              data-testid="case-document"
              actions={[
                <a
                  key="open"
                  href={contentUrl(doc.id)}
                  target="_blank"
                  rel="noreferrer"
                  style={phone ? { display: 'inline-block', minHeight: 44, lineHeight: '44px' } : undefined}
                >
                  {t('cases.documents.open')}
                </a>,
              ]}
            >
              <List.Item.Meta
                avatar={
                  doc.mimeType === 'application/pdf' ? (
                    <FilePdfOutlined style={{ fontSize: 28, color: '#cf1322' }} />
                  ) : (
                    <FileImageOutlined style={{ fontSize: 28, color: '#1677ff' }} />
                  )
                }
                title={doc.title}
                description={
                  <Typography.Text type="secondary" className="hehu-break">
                    {doc.fileName} · {size(doc.sizeBytes)} · {doc.uploadedByName} ·{' '}
                    {dayjs(doc.createdAt).format('YYYY-MM-DD HH:mm')}
                  </Typography.Text>
                }
              />
            </List.Item>
          )}
        />
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('cases.documents.audited')}
      </Typography.Text>
    </Flex>
  );
}
