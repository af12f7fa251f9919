// Small shared pieces for showing a child: status and category tags, domain labels in the user's language.
import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { CATEGORY_CODES, CATEGORY_LABELS, PARENT_SITUATION_LABELS } from '@hehu/domain';
import type { CategoryCode, ParentSituationCode } from '@hehu/domain';
import type { ChildStatus } from '../../api/types';
import '../../i18n/children.zh-CN';

const STATUS_COLOUR: Record<ChildStatus, string> = {
  active: 'green',
  terminated: 'default',
  transferred: 'blue',
  archived: 'default',
};

export function ChildStatusTag({ status }: { status: ChildStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOUR[status]}>{t(`children.statusValue.${status}`, { defaultValue: status })}</Tag>;
}

export type Lang = 'zh' | 'en';

/** The domain's bilingual texts are keyed zh/en; the app's languages are zh-CN/en. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'zh';
}

export function isCategoryCode(code: string): code is CategoryCode {
  return (CATEGORY_CODES as readonly string[]).includes(code);
}

export function categoryLabel(code: string, lang: Lang): string {
  return isCategoryCode(code) ? CATEGORY_LABELS[code][lang] : code;
}

export const SITUATION_CODES = Object.keys(PARENT_SITUATION_LABELS) as ParentSituationCode[];

export function situationLabel(code: string, lang: Lang): string {
  return code in PARENT_SITUATION_LABELS ? PARENT_SITUATION_LABELS[code as ParentSituationCode][lang] : code;
}

// Orphans and de facto unsupported children get the strongest colour: they carry the highest allowance.
const CATEGORY_COLOUR: Record<CategoryCode, string> = {
  orphan_institutional: 'magenta',
  orphan_scattered: 'magenta',
  de_facto_unsupported: 'volcano',
  difficulty_economic: 'orange',
  difficulty_disability: 'orange',
  difficulty_guardianship: 'orange',
  left_behind: 'geekblue',
};

export function CategoryTag({ code }: { code: string }) {
  const lang = useLang();
  return <Tag color={isCategoryCode(code) ? CATEGORY_COLOUR[code] : 'default'}>{categoryLabel(code, lang)}</Tag>;
}

export function CategoryTags({ codes }: { codes: string[] }) {
  if (codes.length === 0) return null;
  return (
    <Space size={[0, 4]} wrap>
      {codes.map((code) => (
        <CategoryTag key={code} code={code} />
      ))}
    </Space>
  );
}

/** Narrows a free string to the keys of a message group, so a dynamic t() key stays type-checked. */
export function hasKey<T extends object>(group: T, key: string): key is Extract<keyof T, string> {
  return Object.prototype.hasOwnProperty.call(group, key);
}

export const monospace = { fontFamily: 'monospace' } as const;
