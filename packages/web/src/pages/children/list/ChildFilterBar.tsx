// The list's search form: area, name or ID number, and the registry filters. On a phone the extra
// filters fold behind one button so the list stays in view.
import type { ReactNode } from 'react';
import { useState } from 'react';
import { Badge, Button, Flex, Input, Select } from 'antd';
import { FilterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CATEGORY_CODES } from '@hehu/domain';
import { SCHOOLING_STAGES } from '../../../api/registry';
import { useAccess } from '../../../auth/access';
import { DivisionPicker } from '../../../components/DivisionPicker';
import { useIsPhone } from '../../../hooks/useIsPhone';
import { categoryLabel, useLang } from '../childFormat';
import { AGE_BANDS, STATUSES } from './childFilters';
import type { AgeBand, ListFilters } from './childFilters';
import '../../../i18n/childFile.zh-CN';
import '../../../i18n/children.zh-CN';

interface Props {
  filters: ListFilters;
  onChange: (next: ListFilters) => void;
}

const EXTRA_KEYS = ['category', 'status', 'sex', 'ageBand', 'disability', 'schoolingStage'] as const;

/** A chosen filter keeps its field's name ("性别：女"), not the value alone. */
const named =
  (field: string) =>
  ({ label }: { label?: ReactNode }) => (
    <span>
      {field}：{label}
    </span>
  );

export function ChildFilterBar({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const { can } = useAccess();
  const lang = useLang();
  const phone = useIsPhone();
  const [open, setOpen] = useState(false);
  const set = (patch: Partial<ListFilters>) => onChange({ ...filters, ...patch });
  const active = EXTRA_KEYS.filter((key) => filters[key] !== undefined).length;
  const selectStyle = { flex: phone ? '1 1 100%' : '1 1 150px', minWidth: 0 };

  const extra = (
    <Flex gap={8} wrap style={{ width: '100%' }}>
      <Select
        aria-label={t('childList.category')}
        placeholder={t('childList.category')}
        labelRender={named(t('childList.category'))}
        allowClear
        style={{ ...selectStyle, flexBasis: phone ? '100%' : 220 }}
        value={filters.category}
        onChange={(category?: string) => set({ category })}
        options={CATEGORY_CODES.map((code) => ({ value: code, label: categoryLabel(code, lang) }))}
        popupMatchSelectWidth={false}
      />
      <Select
        aria-label={t('childList.status')}
        placeholder={t('childList.status')}
        labelRender={named(t('childList.status'))}
        allowClear
        style={selectStyle}
        value={filters.status}
        onChange={(status?: ListFilters['status']) => set({ status })}
        options={STATUSES.map((s) => ({ value: s, label: t(`children.statusValue.${s}`) }))}
      />
      <Select
        aria-label={t('childList.sex')}
        placeholder={t('childList.sex')}
        labelRender={named(t('childList.sex'))}
        allowClear
        style={selectStyle}
        value={filters.sex}
        onChange={(sex?: ListFilters['sex']) => set({ sex })}
        options={(['M', 'F'] as const).map((s) => ({ value: s, label: t(`children.sexValue.${s}`) }))}
      />
      <Select
        aria-label={t('childList.ageBand')}
        placeholder={t('childList.ageBand')}
        labelRender={named(t('childList.ageBand'))}
        allowClear
        style={selectStyle}
        value={filters.ageBand}
        onChange={(ageBand?: AgeBand) => set({ ageBand })}
        options={(Object.keys(AGE_BANDS) as AgeBand[]).map((band) => ({
          value: band,
          label: t(`childList.ageBandValue.${band}`),
        }))}
      />
      <Select
        aria-label={t('childList.disability')}
        placeholder={t('childList.disability')}
        labelRender={named(t('childList.disability'))}
        allowClear
        style={selectStyle}
        value={filters.disability}
        onChange={(disability?: ListFilters['disability']) => set({ disability })}
        options={[
          { value: 'true', label: t('values.yes') },
          { value: 'false', label: t('values.no') },
        ]}
      />
      <Select
        aria-label={t('childList.schoolingStage')}
        placeholder={t('childList.schoolingStage')}
        labelRender={named(t('childList.schoolingStage'))}
        allowClear
        style={selectStyle}
        value={filters.schoolingStage}
        onChange={(schoolingStage?: ListFilters['schoolingStage']) => set({ schoolingStage })}
        options={SCHOOLING_STAGES.map((s) => ({ value: s, label: t(`values.schoolingStage.${s}`) }))}
      />
      {active > 0 && (
        <Button
          type="link"
          onClick={() => onChange({ division: filters.division, q: filters.q })}
          style={{ paddingInline: 4 }}
        >
          {t('childList.reset')}
        </Button>
      )}
    </Flex>
  );

  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap style={{ width: '100%' }}>
        {can('divisions:read') && (
          <DivisionPicker
            style={{ flex: '2 1 320px', minWidth: 0 }}
            placeholder={t('children.filterDivision')}
            value={filters.division}
            onChange={(division) => set({ division })}
          />
        )}
        <Flex gap={8} style={{ flex: '1 1 220px', minWidth: 0 }}>
          <Input.Search
            // Remount when the URL changes the query (back button), since the box keeps its own text.
            key={filters.q ?? ''}
            aria-label={t('children.search')}
            placeholder={t('children.search')}
            defaultValue={filters.q}
            allowClear
            enterButton
            style={{ flex: 1, minWidth: 0 }}
            onSearch={(q) => set({ q: q.trim() || undefined })}
          />
          {phone && (
            <Badge count={active} size="small">
              <Button
                icon={<FilterOutlined />}
                aria-label={t('childList.filters')}
                aria-expanded={open}
                onClick={() => setOpen((o) => !o)}
              />
            </Badge>
          )}
        </Flex>
      </Flex>
      {(!phone || open) && extra}
    </Flex>
  );
}
