// Recording a protection category from an approved decision, and ending one.
import { Alert, DatePicker, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { CATEGORY_CODES } from '@hehu/domain';
import { api } from '../../../api/client';
import type { HeldCategory } from '../../../api/registry';
import { FormDialog } from '../../../components/FormDialog';
import { categoryLabel, useLang } from '../childFormat';
import { iso } from './RelationDialogs';

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
  onClose: () => void;
  onDone: () => void;
}

export function RecordCategoryDialog({ childId, open, suggested, onClose, onDone }: RecordProps) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <FormDialog<RecordValues>
      open={open}
      title={t('categories.recordTitle')}
      testId="record-category"
      doneText={t('categories.recorded')}
      initialValues={{ category: suggested, startDate: dayjs() }}
      onCancel={onClose}
      onSubmit={async (v) => {
        await api.post<HeldCategory>(`/api/children/${childId}/categories`, {
          category: v.category,
          startDate: iso(v.startDate),
          decisionRef: v.decisionRef.trim(),
        });
        onDone();
      }}
    >
      <Alert type="info" showIcon message={t('categories.recordHint')} style={{ marginBottom: 16 }} />
      <Form.Item
        name="category"
        label={t('categories.category')}
        rules={[{ required: true, message: t('categories.required') }]}
      >
        <Select options={CATEGORY_CODES.map((code) => ({ value: code, label: categoryLabel(code, lang) }))} />
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
