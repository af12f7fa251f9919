// Parents and guardian entered with a new child's file, so a director on a phone records the family in the
// same visit instead of opening the file again. Each is added after the file is saved, through the same
// route as the family tab (an ID number another area holds becomes a link request there too).
import { Button, Card, Col, Form, Input, Row, Select } from 'antd';
import { DeleteOutlined, UserAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { parseIdNumber } from '@hehu/domain';
import { api, errorText } from '../../../api/client';
import type { AddRelationResult } from '../../../api/registry';
import { IdNumberInput } from '../../../components/IdNumberInput';
import { useLang } from '../childFormat';
import { isPhone } from '../file/personContact';
import { RELATION_KINDS } from '../file/RelationDialogs';
import type { RelativeValues } from './childFormModel';
import { idNumberRule } from './formRules';
import '../../../i18n/childFile.zh-CN';
import '../../../i18n/childTabs.zh-CN';

export type { RelativeValues };

/** The form's list of relatives (name `relatives`): kind, name, and optionally the ID number and phone. */
export function RelativesFields() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Form.List name="relatives">
      {(fields, { add, remove }) => (
        <div data-testid="new-child-relatives">
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              style={{ marginBottom: 12 }}
              title={t('childForm.relativeN', { n: index + 1 })}
              extra={
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('childForm.removeRelative')}
                  onClick={() => remove(field.name)}
                />
              }
            >
              <Row gutter={12}>
                <Col xs={24} sm={8}>
                  <Form.Item
                    name={[field.name, 'kind']}
                    label={t('family.kind')}
                    rules={[{ required: true, message: t('family.required') }]}
                  >
                    <Select options={RELATION_KINDS.map((k) => ({ value: k, label: t(`family.kindValue.${k}`) }))} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={16}>
                  <Form.Item
                    name={[field.name, 'name']}
                    label={t('family.personName')}
                    rules={[{ required: true, whitespace: true, message: t('family.required') }]}
                  >
                    <Input maxLength={30} autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name={[field.name, 'idNumber']}
                    label={t('family.personIdNumber')}
                    validateTrigger="onBlur"
                    rules={[idNumberRule(lang)]}
                  >
                    <IdNumberInput />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name={[field.name, 'phone']}
                    label={t('family.phone')}
                    validateTrigger="onBlur"
                    rules={[
                      {
                        validator: (_, value: string | undefined) =>
                          isPhone(value) ? Promise.resolve() : Promise.reject(new Error(t('family.phoneInvalid'))),
                      },
                    ]}
                  >
                    <Input maxLength={24} inputMode="tel" autoComplete="off" />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Button
            block
            icon={<UserAddOutlined />}
            onClick={() => add({ kind: fields.length === 0 ? 'father' : fields.length === 1 ? 'mother' : 'guardian' })}
          >
            {t('childForm.addRelative')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

/**
 * Adds the relatives to the saved file one by one. Parents are related from the child's birth, a guardian or
 * carer from today. Answers the relatives that could not be added, with the reason, for the user to finish
 * on the family tab (the file itself is saved either way).
 */
export async function addRelatives(
  childId: string,
  childBirthDate: string,
  relatives: readonly RelativeValues[],
): Promise<{ linkRequests: number; failed: { name: string; reason: string }[] }> {
  const failed: { name: string; reason: string }[] = [];
  let linkRequests = 0;
  for (const r of relatives) {
    const name = r.name?.trim();
    if (!r.kind || !name) continue;
    const parsed = r.idNumber ? parseIdNumber(r.idNumber) : null;
    try {
      const result = await api.post<AddRelationResult>(`/api/children/${childId}/relations`, {
        kind: r.kind,
        startDate: r.kind === 'father' || r.kind === 'mother' ? childBirthDate : dayjs().format('YYYY-MM-DD'),
        person: {
          name,
          idNumber: parsed?.ok ? parsed.value.normalized : undefined,
          phone: r.phone?.trim() ? r.phone.trim() : undefined,
        },
      });
      if ('linkRequest' in result) linkRequests += 1;
    } catch (caught) {
      failed.push({ name, reason: errorText(caught) });
    }
  }
  return { linkRequests, failed };
}
