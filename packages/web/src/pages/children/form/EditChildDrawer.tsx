// Edit a file in a drawer over the file page (full width on a phone). The version on screen goes with
// the save; a concurrent change answers 409 and the user reloads before editing again.
import { Alert, Button, Drawer, Flex, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChildFile } from '../../../api/registry';
import { useIsPhone } from '../../../hooks/useIsPhone';
import { ChildFormFields } from './ChildFormFields';
import { DuplicateWarning } from './DuplicateWarning';
import { initialValues } from './childFormModel';
import type { ChildFormValues } from './childFormModel';
import { useChildSave } from './useChildSave';
import '../../../i18n/childFile.zh-CN';

interface Props {
  child: ChildFile;
  open: boolean;
  onClose: () => void;
  onSaved: (child: ChildFile) => void;
  onReload: () => void;
}

export function EditChildDrawer(props: Props) {
  const { child, open, onClose } = props;
  const { t } = useTranslation();
  const phone = useIsPhone();
  return (
    <Drawer open={open} onClose={onClose} title={t('childForm.editTitle')} width={phone ? '100%' : 760} destroyOnHidden>
      {/* Keyed by version: a reloaded file starts a fresh form with its values. */}
      <EditForm key={child.version} {...props} />
    </Drawer>
  );
}

function EditForm({ child, onClose, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [form] = Form.useForm<ChildFormValues>();
  const save = useChildSave({ form, child, onSaved });

  return (
    <Form<ChildFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues(child)}
      onValuesChange={save.clearDuplicates}
      onFinish={() => void save.submit()}
      scrollToFirstError={{ block: 'center' }}
      data-testid="child-edit-form"
    >
      <ChildFormFields form={form} child={child} />
      {save.duplicates && save.duplicates.length > 0 && (
        <DuplicateWarning
          duplicates={save.duplicates}
          saving={save.saving}
          onConfirm={() => void save.confirmNotDuplicate()}
        />
      )}
      {/* Next to the buttons, where the user is when saving fails. */}
      {save.conflict && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('childForm.conflict')}
          action={
            <Button size="small" onClick={onReload}>
              {t('childForm.reload')}
            </Button>
          }
        />
      )}
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={save.saving} disabled={save.conflict} block={phone}>
          {t('common.save')}
        </Button>
        <Button onClick={onClose} block={phone}>
          {t('common.cancel')}
        </Button>
      </Flex>
    </Form>
  );
}
