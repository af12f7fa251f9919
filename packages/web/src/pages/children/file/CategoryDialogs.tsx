// Recording a protection category from an approved decision (with the decision document attached in the
// same dialog), and ending one.
import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { CATEGORY_CODES } from '@hehu/domain';
import { api, errorText } from '../../../api/client';
import { uploadRaw } from '../../../api/files';
import type { ChildDocument, HeldCategory } from '../../../api/registry';
import { FormDialog } from '../../../components/FormDialog';
import { categoryLabel, useLang } from '../childFormat';
import { iso } from './RelationDialogs';
import { MAX_DOCUMENT_BYTES } from './UploadDocumentModal';
import '../../../i18n/childTabs.zh-CN';

const DECISION_ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp,application/pdf,image/jpeg,image/png,image/webp';

interface RecordValues {
  category: string;
  startDate: Dayjs;
  decisionRef: string;
}

interface RecordProps {
  childId: string;
  open: boolean;
  /** The first "may be eligible" category, offered first. */
  suggested?: string;
  /** For each category the rules find met, the date it was met: the start offered when it is chosen. */
  metSince?: Record<string, string | null>;
  onClose: () => void;
  onDone: () => void;
}

/** The date the rules say a category was met, else today. */
function startFor(category: string | undefined, metSince: Record<string, string | null>): Dayjs {
  const since = category ? metSince[category] : null;
  return since ? dayjs(since) : dayjs();
}

/** The category select; choosing one moves the start date to the date the rules say it was met. */
function CategoryPicker({
  metSince,
  value,
  onChange,
}: {
  metSince: Record<string, string | null>;
  value?: string;
  onChange?: (value: string) => void;
}) {
  const form = Form.useFormInstance();
  const lang = useLang();
  return (
    <Select
      value={value}
      options={CATEGORY_CODES.map((code) => ({ value: code, label: categoryLabel(code, lang) }))}
      onChange={(code: string) => {
        onChange?.(code);
        form.setFieldValue('startDate', startFor(code, metSince));
      }}
    />
  );
}

export function RecordCategoryDialog({ childId, open, suggested, metSince = {}, onClose, onDone }: RecordProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [decisionFile, setDecisionFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const close = () => {
    setDecisionFile(null);
    setFileError(null);
    onClose();
  };
  return (
    <FormDialog<RecordValues>
      open={open}
      title={t('categories.recordTitle')}
      testId="record-category"
      doneText={t('categories.recorded')}
      // The start the rules give (the decision may set another); today when the rules say nothing.
      initialValues={{ category: suggested, startDate: startFor(suggested, metSince) }}
      onCancel={close}
      onSubmit={async (v) => {
        const held = await api.post<HeldCategory>(`/api/children/${childId}/categories`, {
          category: v.category,
          startDate: iso(v.startDate),
          decisionRef: v.decisionRef.trim(),
        });
        if (decisionFile) {
          // The category is saved by now: a failed upload must not keep the dialog open (a second save would
          // record the category twice), so it is reported and the document can be added from 材料.
          try {
            await uploadRaw<ChildDocument>(`/api/children/${childId}/documents`, decisionFile, {
              query: {
                subjectType: 'category',
                subjectId: held.id,
                title: t('categories.decisionTitle', {
                  category: categoryLabel(v.category, lang),
                  ref: held.decisionRef,
                }),
                fileName: decisionFile.name,
              },
            });
          } catch (caught) {
            message.warning(t('categories.decisionUploadFailed', { reason: errorText(caught) }), 8);
          }
        }
        setDecisionFile(null);
        onDone();
      }}
    >
      <Alert type="info" showIcon message={t('categories.recordHint')} style={{ marginBottom: 16 }} />
      <Form.Item
        name="category"
        label={t('categories.category')}
        rules={[{ required: true, message: t('categories.required') }]}
      >
        <CategoryPicker metSince={metSince} />
      </Form.Item>
      <Form.Item
        name="startDate"
        label={t('categories.startDate')}
        rules={[{ required: true, message: t('categories.required') }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="decisionRef"
        label={t('categories.decisionRef')}
        rules={[{ required: true, whitespace: true, message: t('categories.required') }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        label={t('categories.decisionFile')}
        extra={t('categories.decisionFileHint')}
        validateStatus={fileError ? 'error' : undefined}
        help={fileError ?? undefined}
      >
        <input
          type="file"
          accept={DECISION_ACCEPT}
          aria-label={t('categories.decisionFile')}
          data-testid="decision-file"
          style={{ width: '100%', padding: '8px 0' }}
          onChange={(e) => {
            const chosen = e.target.files?.[0] ?? null;
            const tooLarge = chosen !== null && chosen.size > MAX_DOCUMENT_BYTES;
            setFileError(tooLarge ? t('documents.tooLarge') : null);
            setDecisionFile(tooLarge ? null : chosen);
          }}
        />
      </Form.Item>
    </FormDialog>
  );
}

interface EndProps {
  childId: string;
  held: HeldCategory | null;
  onClose: () => void;
  onDone: () => void;
}

export function EndCategoryDialog({ childId, held, onClose, onDone }: EndProps) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <FormDialog<{ endDate: Dayjs; endReason: string }>
      open={held !== null}
      title={t('categories.endTitle', { category: held ? categoryLabel(held.category, lang) : '' })}
      doneText={t('categories.endedSaved')}
      okText={t('categories.end')}
      danger
      initialValues={{ endDate: dayjs() }}
      onCancel={onClose}
      onSubmit={async (v) => {
        if (!held) return;
        await api.post<HeldCategory>(`/api/children/${childId}/categories/${held.id}/end`, {
          endDate: iso(v.endDate),
          endReason: v.endReason.trim(),
        });
        onDone();
      }}
    >
      <Form.Item
        name="endDate"
        label={t('categories.endDate')}
        rules={[{ required: true, message: t('categories.required') }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="endReason"
        label={t('categories.endReason')}
        rules={[{ required: true, whitespace: true, message: t('categories.required') }]}
      >
        <Input.TextArea maxLength={200} autoSize={{ minRows: 2 }} />
      </Form.Item>
    </FormDialog>
  );
}
