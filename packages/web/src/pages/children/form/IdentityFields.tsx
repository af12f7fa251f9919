// Identity first: the ID number. When it parses, birth date and sex come from it and are locked;
// the domain's own message (e.g. 校验位错误) shows while typing. Without a number, the three are typed.
import { Button, Col, DatePicker, Form, Input, Radio, Row, Switch, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { IdNumberInput } from '../../../components/IdNumberInput';
import { useLang } from '../childFormat';
import { parsedId, typesIdNumber } from './childFormModel';
import type { ChildFormValues } from './childFormModel';
import { idNumberRule, normalizeIdNumber } from './formRules';
import '../../../i18n/childFile.zh-CN';
import '../../../i18n/children.zh-CN';

interface Props {
  form: FormInstance<ChildFormValues>;
  /** Edit only: the masked number on file. */
  maskedId?: string | null;
  phone: boolean;
}

export function IdentityFields({ form, maskedId = null, phone }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  // `preserve` also sees values of fields not on screen (changeId, a hidden ID number).
  const values = Form.useWatch((all: ChildFormValues) => all, { form, preserve: true }) ?? {};
  const hasIdOnFile = maskedId !== null;
  const typing = typesIdNumber(values, hasIdOnFile);
  const parsed = typing ? parsedId(values.idNumber) : null;
  // With a number (typed and valid, or on file and not being corrected) birth date and sex are locked.
  const locked = !values.noId && (parsed !== null || (hasIdOnFile && !values.changeId));
  const span = phone ? 24 : 8;

  return (
    <>
      {hasIdOnFile && !values.changeId ? (
        <Form.Item label={t('fields.idNumber')}>
          <Typography.Text style={{ fontFamily: 'monospace', marginRight: 12 }}>{maskedId}</Typography.Text>
          <Button type="link" onClick={() => form.setFieldValue('changeId', true)} style={{ padding: 0 }}>
            {t('childForm.changeId')}
          </Button>
        </Form.Item>
      ) : (
        <Row gutter={16} align="bottom">
          {!values.noId && (
            <Col span={phone ? 24 : 16}>
              <Form.Item
                name="idNumber"
                label={hasIdOnFile ? t('childForm.newIdNumber') : t('fields.idNumber')}
                extra={t('childForm.idFirstHint')}
                validateTrigger={['onChange', 'onBlur']}
                normalize={normalizeIdNumber}
                rules={[{ required: true, message: t('childForm.idNumberRequired') }, idNumberRule(lang)]}
              >
                <IdNumberInput
                  autoFocus={!hasIdOnFile}
                  onValue={(value) => {
                    const hit = parsedId(normalizeIdNumber(value));
                    if (hit) form.setFieldsValue({ birthDate: dayjs(hit.birthDate), sex: hit.sex });
                  }}
                />
              </Form.Item>
            </Col>
          )}
          <Col span={phone ? 24 : values.noId ? 24 : 8}>
            <Form.Item label={values.noId ? t('childForm.noId') : ' '} colon={false}>
              {hasIdOnFile ? (
                <Button onClick={() => form.setFieldsValue({ changeId: false, idNumber: undefined })}>
                  {t('childForm.keepId')}
                </Button>
              ) : (
                <Form.Item name="noId" valuePropName="checked" noStyle>
                  <Switch aria-label={t('childForm.noId')} />
                </Form.Item>
              )}
              {!values.noId && !hasIdOnFile && (
                <Typography.Text style={{ marginLeft: 8 }}>{t('childForm.noId')}</Typography.Text>
              )}
            </Form.Item>
          </Col>
        </Row>
      )}
      <Row gutter={16}>
        <Col span={span}>
          <Form.Item
            name="birthDate"
            label={t('fields.birthDate')}
            extra={locked ? t('childForm.fromIdNumber') : undefined}
            rules={[{ required: !locked && values.noId === true, message: t('childForm.birthDateRequired') }]}
          >
            <DatePicker
              disabled={locked || !values.noId}
              style={{ width: '100%' }}
              inputReadOnly={phone}
              disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(dayjs().subtract(18, 'year'), 'day')}
            />
          </Form.Item>
        </Col>
        <Col span={span}>
          <Form.Item
            name="sex"
            label={t('fields.sex')}
            rules={[{ required: !locked && values.noId === true, message: t('childForm.sexRequired') }]}
          >
            <Radio.Group disabled={locked || !values.noId} optionType="button" buttonStyle="solid">
              <Radio.Button value="M">{t('children.sexValue.M')}</Radio.Button>
              <Radio.Button value="F">{t('children.sexValue.F')}</Radio.Button>
            </Radio.Group>
          </Form.Item>
        </Col>
        {values.noId && (
          <Col span={span}>
            <Form.Item
              name="noIdReason"
              label={t('fields.noIdReason')}
              rules={[{ required: true, whitespace: true, message: t('childForm.noIdReasonRequired') }]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        )}
      </Row>
    </>
  );
}
