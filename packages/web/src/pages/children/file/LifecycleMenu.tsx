// 更多: the file's lifecycle. Termination takes effect from the month after the event (support is paid
// by month); a transfer waits for the receiving township; only a closed file can be archived.
import { useState } from 'react';
import { App, Button, DatePicker, Dropdown, Form, Input, Select, Typography } from 'antd';
import { MoreOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { api, errorText } from '../../../api/client';
import { TERMINATION_REASONS } from '../../../api/registry';
import type { ChildFile, TerminationReason, Transfer } from '../../../api/registry';
import { DivisionPicker } from '../../../components/DivisionPicker';
import { FormDialog } from '../../../components/FormDialog';
import { villageRule } from '../form/formRules';
import { iso, notFuture } from './RelationDialogs';
import '../../../i18n/childFile.zh-CN';

interface Props {
  child: ChildFile;
  onChanged: () => void;
}

export function LifecycleMenu({ child, onChanged }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [open, setOpen] = useState<'terminate' | 'transfer' | null>(null);
  const active = child.status === 'active';
  const closed = child.status === 'terminated' || child.status === 'transferred';

  const archive = () =>
    void modal.confirm({
      title: t('lifecycle.archive'),
      content: t('lifecycle.archiveConfirm'),
      okText: t('lifecycle.archive'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await api.post<ChildFile>(`/api/children/${child.id}/archive`, {});
          message.success(t('lifecycle.archived'));
          onChanged();
        } catch (caught) {
          message.error(errorText(caught));
        }
      },
    });

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'terminate', label: t('lifecycle.terminate'), disabled: !active, danger: true },
            { key: 'transfer', label: t('lifecycle.transfer'), disabled: !active },
            {
              key: 'archive',
              label: (
                <div>
                  {t('lifecycle.archive')}
                  {!closed && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {t('lifecycle.archiveOnly')}
                    </Typography.Text>
                  )}
                </div>
              ),
              disabled: !closed,
            },
          ],
          onClick: ({ key }) => {
            if (key === 'archive') archive();
            else setOpen(key === 'terminate' ? 'terminate' : 'transfer');
          },
        }}
      >
        <Button icon={<MoreOutlined />} data-testid="file-more">
          {t('childFile.more')}
        </Button>
      </Dropdown>
      <FormDialog<{ reason: TerminationReason; eventDate: Dayjs; note?: string }>
        open={open === 'terminate'}
        title={t('lifecycle.terminateTitle')}
        okText={t('lifecycle.terminate')}
        danger
        onCancel={() => setOpen(null)}
        onSubmit={async (v) => {
          await api.post<ChildFile>(`/api/children/${child.id}/terminate`, {
            reason: v.reason,
            eventDate: iso(v.eventDate),
            note: v.note?.trim() || undefined,
          });
          message.success(t('lifecycle.terminated'));
          setOpen(null);
          onChanged();
        }}
      >
        <Typography.Paragraph type="secondary">{t('lifecycle.terminateHint')}</Typography.Paragraph>
        <Form.Item
          name="reason"
          label={t('lifecycle.reason')}
          rules={[{ required: true, message: t('lifecycle.reasonRequired') }]}
        >
          <Select options={TERMINATION_REASONS.map((r) => ({ value: r, label: t(`values.terminationReason.${r}`) }))} />
        </Form.Item>
        <Form.Item
          name="eventDate"
          label={t('lifecycle.eventDate')}
          rules={[{ required: true, message: t('lifecycle.eventDateRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={notFuture} />
        </Form.Item>
        <Form.Item noStyle dependencies={['eventDate']}>
          {({ getFieldValue }) => {
            const date = getFieldValue('eventDate') as Dayjs | undefined;
            if (!date) return null;
            const month = dayjs(date).add(1, 'month').format('YYYY-MM');
            return (
              <Typography.Paragraph strong data-testid="termination-month">
                {t('lifecycle.terminateFrom', { month })}
              </Typography.Paragraph>
            );
          }}
        </Form.Item>
        <Form.Item name="note" label={t('lifecycle.note')}>
          <Input.TextArea maxLength={200} autoSize={{ minRows: 2 }} />
        </Form.Item>
      </FormDialog>
      <FormDialog<{ toDivision: string; reason: string }>
        open={open === 'transfer'}
        title={t('lifecycle.transferTitle')}
        okText={t('lifecycle.transfer')}
        width={640}
        onCancel={() => setOpen(null)}
        onSubmit={async (v) => {
          await api.post<Transfer>(`/api/children/${child.id}/transfers`, {
            toDivision: v.toDivision,
            reason: v.reason.trim(),
          });
          message.success(t('lifecycle.transferRequested'));
          setOpen(null);
          onChanged();
        }}
      >
        <Typography.Paragraph type="secondary">{t('lifecycle.transferHint')}</Typography.Paragraph>
        <Form.Item
          name="toDivision"
          label={t('lifecycle.toDivision')}
          rules={[
            { required: true, message: t('lifecycle.toDivisionRequired') },
            villageRule(t('childForm.villageOnly')),
          ]}
        >
          <DivisionPicker wholeCity placeholder={t('lifecycle.toDivisionRequired')} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('lifecycle.transferReason')}
          rules={[{ required: true, whitespace: true, message: t('lifecycle.transferReasonRequired') }]}
        >
          <Input.TextArea maxLength={200} autoSize={{ minRows: 2 }} />
        </Form.Item>
      </FormDialog>
    </>
  );
}
