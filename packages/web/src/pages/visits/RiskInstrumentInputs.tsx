// The inputs of the risk instrument's publish form: each option's score, and the red flags (an item, the answers
// that set it off, the level at least). Every input sits under the body's own path ("scores.schooling.attending",
// "redFlags.1.values"), so the server's field errors land on it. On a phone a row is a column of full-width fields.
import { Button, Flex, Form, InputNumber, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../hooks/useIsPhone';
import { useLang } from '../children/childFormat';
import { CUTOFF_LEVELS, answerChoices, itemChoices, numberedItems, type Instrument } from './riskInstrumentFormat';
import '../../i18n/riskInstrument.zh-CN';

/** Each item's options with a small whole-number input, under the body's own path so the server's issues find it. */
export function ScoreInputs({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation();
  const lang = useLang();
  // On a phone the number is typed: the spinner's arrows are too small to touch.
  const phone = useIsPhone();
  return (
    <Flex vertical gap={8}>
      {numberedItems(instrument).map(({ n, item }) => (
        <div key={item.code} data-testid="risk-instrument-score-item" style={{ overflowWrap: 'anywhere' }}>
          <Typography.Text strong>
            {String(n)}. {item.label[lang]}
          </Typography.Text>
          {item.options.map((o) => (
            <Flex key={o.value} justify="space-between" align="start" gap={8} style={{ paddingInlineStart: 12 }}>
              <Typography.Text style={{ flex: 1, minWidth: 0, paddingTop: 4 }}>{o.label[lang]}</Typography.Text>
              <Form.Item
                name={['scores', item.code, o.value]}
                rules={[{ required: true, message: t('riskInstrument.scoreRequired') }]}
                style={{ marginBottom: 4, width: 96 }}
              >
                <InputNumber
                  min={0}
                  max={20}
                  precision={0}
                  controls={!phone}
                  style={{ width: '100%' }}
                  aria-label={t('riskInstrument.scoreLabel', { n, option: o.label[lang] })}
                  data-testid={`risk-score-${item.code}-${o.value}`}
                />
              </Form.Item>
            </Flex>
          ))}
        </div>
      ))}
    </Flex>
  );
}

/** One red flag: the item, its answers (those of the item chosen) and the level; choosing another item clears the answers. */
function RedFlagRowInputs({
  instrument,
  name,
  onRemove,
}: {
  instrument: Instrument;
  name: number;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const phone = useIsPhone();
  const form = Form.useFormInstance();
  const item = Form.useWatch<string | undefined>(['redFlags', name, 'item'], form);
  return (
    <Flex
      vertical={phone}
      gap={phone ? 0 : 8}
      align={phone ? 'stretch' : 'start'}
      data-testid="risk-red-flag"
      style={{ borderInlineStart: '3px solid #ffccc7', paddingInlineStart: 8, marginBottom: 8 }}
    >
      <Form.Item
        name={[name, 'item']}
        label={phone ? t('riskInstrument.redFlagItem') : undefined}
        rules={[{ required: true, message: t('riskInstrument.redFlagItemRequired') }]}
        style={{ flex: '3 1 0', minWidth: 0, marginBottom: 8 }}
      >
        <Select
          options={itemChoices(instrument, lang)}
          showSearch
          optionFilterProp="label"
          placeholder={t('riskInstrument.redFlagItem')}
          aria-label={t('riskInstrument.redFlagItem')}
          onChange={() => form.setFieldValue(['redFlags', name, 'values'], [])}
          data-testid="risk-red-flag-item"
        />
      </Form.Item>
      <Form.Item
        name={[name, 'values']}
        label={phone ? t('riskInstrument.redFlagValues') : undefined}
        rules={[{ required: true, type: 'array', min: 1, message: t('riskInstrument.redFlagValuesRequired') }]}
        style={{ flex: '3 1 0', minWidth: 0, marginBottom: 8 }}
      >
        <Select
          mode="multiple"
          options={answerChoices(instrument, item, lang)}
          placeholder={t('riskInstrument.redFlagValues')}
          aria-label={t('riskInstrument.redFlagValues')}
          data-testid="risk-red-flag-values"
        />
      </Form.Item>
      <Flex gap={8} align="start" style={phone ? undefined : { flex: '0 0 160px' }}>
        <Form.Item
          name={[name, 'level']}
          label={phone ? t('riskInstrument.redFlagLevel') : undefined}
          rules={[{ required: true, message: t('riskInstrument.redFlagLevelRequired') }]}
          style={{ flex: 1, minWidth: 0, marginBottom: 8 }}
        >
          <Select
            options={[...CUTOFF_LEVELS].reverse().map((level) => ({
              value: level,
              label: t(`riskInstrument.levels.${level}`),
            }))}
            placeholder={t('riskInstrument.redFlagLevel')}
            aria-label={t('riskInstrument.redFlagLevel')}
            data-testid="risk-red-flag-level"
          />
        </Form.Item>
        <Button
          icon={<DeleteOutlined />}
          aria-label={t('riskInstrument.removeRedFlag')}
          onClick={onRemove}
          data-testid="risk-red-flag-remove"
          style={phone ? { marginTop: 30, minWidth: 44 } : undefined}
        />
      </Flex>
    </Flex>
  );
}

/** The red flags of the new version, started from those in force; a row may be removed or added. */
export function RedFlagInputs({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  return (
    <Form.List name="redFlags">
      {(fields, { add, remove }) => (
        <div data-testid="risk-red-flags">
          {!phone && fields.length > 0 && (
            // On a wide screen the rows share one header instead of a label over every field.
            <Flex gap={8} style={{ paddingInlineStart: 11 }} aria-hidden>
              <Typography.Text type="secondary" style={{ flex: '3 1 0' }}>
                {t('riskInstrument.redFlagItem')}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ flex: '3 1 0' }}>
                {t('riskInstrument.redFlagValues')}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ flex: '0 0 160px' }}>
                {t('riskInstrument.redFlagLevel')}
              </Typography.Text>
            </Flex>
          )}
          {fields.length === 0 && (
            <Typography.Paragraph type="secondary">{t('riskInstrument.noRedFlags')}</Typography.Paragraph>
          )}
          {fields.map((field) => (
            <RedFlagRowInputs
              key={field.key}
              instrument={instrument}
              name={field.name}
              onRemove={() => remove(field.name)}
            />
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ values: [] })}
            block={phone}
            data-testid="risk-red-flag-add"
            style={{ marginBottom: 16 }}
          >
            {t('riskInstrument.addRedFlag')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
