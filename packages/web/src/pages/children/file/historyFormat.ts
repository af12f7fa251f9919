// How a change in the file's history reads: the field's name and its values in the user's language
// (codes such as "primary" or "M" become words). The server names fields of the family and
// categories with dots ("person.name"); i18n keys cannot hold dots, so those map to underscores.
// Unknown fields and codes show as they are.
import type { TFunction } from 'i18next';
import childFileZh from '../../../i18n/childFile.zh-CN';
import childTabsZh from '../../../i18n/childTabs.zh-CN';
import { categoryLabel, hasKey, situationLabel } from '../childFormat';
import { illnessName } from './situationFacts';
import type { Lang } from '../childFormat';
import '../../../i18n/children.zh-CN';

const underscored = (name: string) => name.replace(/\./g, '_');

export function fieldName(field: string, t: TFunction, lang: Lang = 'zh'): string {
  if (hasKey(childFileZh.fields, field)) return t(`fields.${field}`);
  const key = underscored(field);
  if (hasKey(childTabsZh.historyFields, key)) return t(`historyFields.${key}`);
  const ended = /^category\.([a-z_]+)\.endDate$/.exec(field);
  if (ended?.[1]) return t('historyFields.categoryEnded', { category: categoryLabel(ended[1], lang) });
  const started = /^category\.([a-z_]+)\.startDate$/.exec(field);
  if (started?.[1]) return t('historyFields.categoryStarted', { category: categoryLabel(started[1], lang) });
  return field;
}

export function actionName(action: string, t: TFunction): string {
  const key = underscored(action);
  return hasKey(childTabsZh.history.actionValue, key) ? t(`history.actionValue.${key}`) : action;
}

function codeValue(field: string, code: string, t: TFunction, lang: Lang): string | null {
  const { values } = childFileZh;
  switch (field) {
    case 'sex':
      return code === 'M' || code === 'F' ? t(`children.sexValue.${code}`) : null;
    case 'status':
      return hasKey({ active: 1, terminated: 1, transferred: 1, archived: 1 }, code)
        ? t(`children.statusValue.${code}`)
        : null;
    case 'householdType':
      return hasKey(values.householdType, code) ? t(`values.householdType.${code}`) : null;
    case 'schoolingStage':
      return hasKey(values.schoolingStage, code) ? t(`values.schoolingStage.${code}`) : null;
    case 'healthStatus':
      return hasKey(values.healthStatus, code) ? t(`values.healthStatus.${code}`) : null;
    case 'disabilityGrade':
    case 'situation.disabilityGrade':
      return hasKey(values.disabilityGrade, code) ? t(`values.disabilityGrade.${code}`) : null;
    case 'terminationReason':
      return hasKey(values.terminationReason, code) ? t(`values.terminationReason.${code}`) : null;
    case 'relation.kind':
      return hasKey(childTabsZh.family.kindValue, code) ? t(`family.kindValue.${code}`) : null;
    case 'situation.code':
      return situationLabel(code, lang);
    case 'situation.illnessCode':
      return illnessName(code, lang);
    case 'situation.disabilityKind':
      return hasKey(childTabsZh.family.disabilityKindValue, code) ? t(`family.disabilityKindValue.${code}`) : null;
    case 'category':
    case 'categories':
      return categoryLabel(code, lang);
    default:
      return null;
  }
}

export function valueText(field: string, value: unknown, t: TFunction, lang: Lang): string {
  if (value === null || value === undefined || value === '') return t('values.none');
  if (typeof value === 'boolean') return value ? t('values.yes') : t('values.no');
  if (Array.isArray(value)) {
    return value.length === 0 ? t('values.none') : value.map((v) => valueText(field, v, t, lang)).join('、');
  }
  if (typeof value === 'string' || typeof value === 'number') {
    return codeValue(field, String(value), t, lang) ?? String(value);
  }
  return JSON.stringify(value);
}

/** A change worth showing as from → to; a new value or a context entry (from = to) shows the value only. */
export function isChange(from: unknown, to: unknown): boolean {
  return from !== null && from !== undefined && JSON.stringify(from) !== JSON.stringify(to);
}

export function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}
