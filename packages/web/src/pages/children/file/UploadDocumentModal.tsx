// Upload one document: a title, what it belongs to (the child, a family member, a situation or a
// category) and the file, sent as the raw body with progress shown.
import { useState } from 'react';
import { App, Form, Input, Modal, Progress, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/client';
import { uploadRaw } from '../../../api/files';
import type { ChildDocument, SubjectType } from '../../../api/registry';
import '../../../i18n/childTabs.zh-CN';

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
const ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp,application/pdf,image/jpeg,image/png,image/webp';

export interface SubjectOption {
  /** `${type}:${id}`; the child itself is `child:`. */
  value: string;
  label: string;
}

interface Values {
  title: string;
  subject: string;
}

interface Props {
  childId: string;
  open: boolean;
  subjects: SubjectOption[];
  onClose: () => void;
  onUploaded: () => void;
}

export function UploadDocumentModal({ childId, open, subjects, onClose, onUploaded }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);

  const close = () => {
    setFile(null);
    setFileError(null);
    setProgress(null);
    form.resetFields();
    onClose();
  };

  const submit = async () => {
    const values = await form.validateFields();
    if (!file) {
      setFileError(t('documents.fileRequired'));
      return;
    }
    const [type, id] = values.subject.split(':') as [SubjectType, string | undefined];
    setProgress(0);
    try {
      await uploadRaw<ChildDocument>(`/api/children/${childId}/documents`, file, {
        query: { subjectType: type, subjectId: id || undefined, title: values.title.trim(), fileName: file.name },
        onProgress: setProgress,
      });
      message.success(t('documents.uploaded'));
      onUploaded();
      close();
    } catch (caught) {
      message.error(errorText(caught));
      setProgress(null);
    }
  };

  return (
    <Modal
      open={open}
      title={t('documents.uploadTitle')}
      okText={t('documents.upload')}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={close}
      confirmLoading={progress !== null}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ subject: 'child:' }}>
        <Form.Item
          name="title"
          label={t('documents.title')}
          rules={[{ required: true, whitespace: true, message: t('documents.titleRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="subject"
          label={t('documents.subject')}
          rules={[{ required: true, message: t('documents.subjectRequired') }]}
        >
          <Select options={subjects} />
        </Form.Item>
        <Form.Item
          label={t('documents.file')}
          required
          extra={t('documents.fileTypes')}
          validateStatus={fileError ? 'error' : undefined}
          help={fileError ?? undefined}
        >
          <input
            type="file"
            accept={ACCEPT}
            aria-label={t('documents.chooseFile')}
            data-testid="document-file"
            style={{ width: '100%', padding: '8px 0' }}
            onChange={(e) => {
              const chosen = e.target.files?.[0] ?? null;
              if (chosen && chosen.size > MAX_DOCUMENT_BYTES) {
                setFile(null);
                setFileError(t('documents.tooLarge'));
                return;
              }
              setFile(chosen);
              setFileError(null);
              if (chosen && !form.getFieldValue('title'))
                form.setFieldValue('title', chosen.name.replace(/\.[^.]+$/, ''));
            }}
          />
        </Form.Item>
        {progress !== null && (
          <>
            <Progress percent={progress} size="small" />
            <Typography.Text type="secondary">{t('documents.uploading', { percent: progress })}</Typography.Text>
          </>
        )}
      </Form>
    </Modal>
  );
}
