// 证明材料: the documents on the file. Each view of an original is audited, so previews load only on
// request: images in a dialog, PDFs in an embedded viewer (a new tab on phones, whose browsers rarely embed PDFs).
import { useMemo, useState } from 'react';
import { Alert, Button, Empty, Flex, List, Modal, Skeleton, Tag, Typography } from 'antd';
import { EyeOutlined, FileImageOutlined, FilePdfOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { errorText } from '../../../api/client';
import type { ChildCategories, ChildDocument, Family } from '../../../api/registry';
import type { DataResponse } from '../../../api/types';
import { useApiGet } from '../../../api/useApiGet';
import { useIsPhone } from '../../../hooks/useIsPhone';
import { categoryLabel, situationLabel, useLang } from '../childFormat';
import { UploadDocumentModal } from './UploadDocumentModal';
import type { SubjectOption } from './UploadDocumentModal';
import '../../../i18n/childTabs.zh-CN';

const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

export function DocumentsTab({ childId, canEdit }: { childId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const phone = useIsPhone();
  const docs = useApiGet<DataResponse<ChildDocument>>(`/api/children/${childId}/documents`);
  // Family and categories only name the subjects; without them (not available yet) the child alone is offered.
  const family = useApiGet<Family>(`/api/children/${childId}/family`);
  const categories = useApiGet<ChildCategories>(`/api/children/${childId}/categories`);
  const [uploading, setUploading] = useState(false);
  const [preview, setPreview] = useState<ChildDocument | null>(null);

  const subjects = useMemo((): SubjectOption[] => {
    const options: SubjectOption[] = [{ value: 'child:', label: t('documents.subjectChild') }];
    for (const relation of family.data?.relations ?? []) {
      const who = t('documents.personLabel', {
        name: relation.person.name,
        kind: t(`family.kindValue.${relation.kind}`),
      });
      options.push({ value: `person:${relation.person.id}`, label: who });
      for (const s of relation.person.situations)
        options.push({ value: `situation:${s.id}`, label: `${who} · ${situationLabel(s.code, lang)} ${s.since}` });
    }
    for (const held of categories.data?.held ?? [])
      options.push({ value: `category:${held.id}`, label: `${categoryLabel(held.category, lang)} ${held.startDate}` });
    return options;
  }, [family.data, categories.data, t, lang]);
  const subjectName = (doc: ChildDocument) =>
    subjects.find((s) => s.value === `${doc.subjectType}:${doc.subjectType === 'child' ? '' : doc.subjectId}`)?.label ??
    t(`documents.subjectValue.${doc.subjectType}`);

  const contentUrl = (doc: ChildDocument) => `/api/children/${childId}/documents/${doc.id}/content`;
  const isPdf = (doc: ChildDocument) => doc.mimeType === 'application/pdf';
  const open = (doc: ChildDocument) => {
    if (isPdf(doc) && phone) window.open(contentUrl(doc), '_blank', 'noopener');
    else setPreview(doc);
  };

  return (
    <Flex vertical gap={12}>
      {canEdit && (
        <Flex justify="flex-end">
          <Button type="primary" icon={<UploadOutlined />} onClick={() => setUploading(true)} block={phone}>
            {t('documents.upload')}
          </Button>
        </Flex>
      )}
      {docs.error !== undefined && <Alert type="error" showIcon message={errorText(docs.error)} />}
      {docs.loading && !docs.data ? (
        <Skeleton active />
      ) : docs.data && docs.data.data.length === 0 ? (
        <Empty description={t('documents.empty')} />
      ) : (
        <List
          dataSource={docs.data?.data ?? []}
          renderItem={(doc) => (
            <List.Item
              actions={[
                <Button key="preview" icon={<EyeOutlined />} onClick={() => open(doc)}>
                  {t('documents.preview')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                avatar={
                  isPdf(doc) ? (
                    <FilePdfOutlined style={{ fontSize: 28, color: '#cf1322' }} />
                  ) : (
                    <FileImageOutlined style={{ fontSize: 28, color: '#1677ff' }} />
                  )
                }
                title={doc.title}
                description={
                  <Flex gap={8} wrap>
                    <Tag>{subjectName(doc)}</Tag>
                    <Typography.Text type="secondary" className="hehu-break">
                      {doc.fileName} · {size(doc.sizeBytes)}
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      {t('documents.uploadedAt', { time: dayjs(doc.createdAt).format('YYYY-MM-DD HH:mm') })}
                    </Typography.Text>
                  </Flex>
                }
              />
            </List.Item>
          )}
        />
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('documents.previewAudited')}
      </Typography.Text>
      <Modal
        open={preview !== null}
        title={preview?.title}
        footer={
          preview && (
            <a href={contentUrl(preview)} target="_blank" rel="noreferrer">
              {t('documents.openNew')}
            </a>
          )
        }
        onCancel={() => setPreview(null)}
        width={preview && isPdf(preview) ? 960 : 720}
        destroyOnHidden
      >
        {preview &&
          (isPdf(preview) ? (
            <iframe
              title={preview.title}
              src={contentUrl(preview)}
              style={{ width: '100%', height: '70vh', border: 0 }}
            />
          ) : (
            <img src={contentUrl(preview)} alt={preview.title} style={{ maxWidth: '100%', display: 'block' }} />
          ))}
      </Modal>
      <UploadDocumentModal
        childId={childId}
        open={uploading}
        subjects={subjects}
        onClose={() => setUploading(false)}
        onUploaded={docs.reload}
      />
    </Flex>
  );
}
