// The application list's filters: category, status, area and late steps only. They live in the URL
// (?category=&status=&division=&overdue=true), so the progress board's late counts land on the list filtered and a
// reload or the back button shows the same list. Each box names its field, not only the value chosen.
import { useSearchParams } from 'react-router-dom';
import { Checkbox, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { APPLICATION_CATEGORIES, APPLICATION_STATUS_LABELS } from '@hehu/domain';
import type { ApplicationCategory } from '@hehu/domain';
import type { ApplicationItem } from '../../api/applications';
import { useAccess } from '../../auth/access';
import { DivisionPicker } from '../../components/DivisionPicker';
import { useIsPhone } from '../../hooks/useIsPhone';
import { categoryLabel, useLang } from '../children/childFormat';
import '../../i18n/applications.zh-CN';

type Status = ApplicationItem['status'];
const STATUSES = Object.keys(APPLICATION_STATUS_LABELS) as Status[];
/** A city, county, township or village code: anything else would only make the server answer 400. */
const DIVISION_CODE = /^\d{4}(\d{2}(\d{3}(\d{3})?)?)?$/;

const isCategory = (value: string | null): value is ApplicationCategory =>
  APPLICATION_CATEGORIES.some((c) => c === value);
const isStatus = (value: string | null): value is Status => STATUSES.some((s) => s === value);

export interface ApplicationFilterValues {
  category?: ApplicationCategory;
  status?: Status;
  division?: string;
  overdue: boolean;
}

/** The view: what waits on me, or every application in reach. */
export type ApplicationsView = 'pending' | 'all';

/**
 * The filters and the view as the URL has them, and a way to change them there. Without `actionable` in the URL
 * a filtered list shows every application (the board's links name an area and late steps, not the caller's work);
 * a filter chosen on the page keeps the view on screen.
 */
export function useApplicationFilters() {
  const [search, setSearch] = useSearchParams();
  const get = (key: string) => search.get(key);
  const [category, status, division] = [get('category'), get('status'), get('division')];
  const filters: ApplicationFilterValues = {
    category: isCategory(category) ? category : undefined,
    status: isStatus(status) ? status : undefined,
    division: division && DIVISION_CODE.test(division) ? division : undefined,
    overdue: get('overdue') === 'true',
  };
  const filtered = Boolean(filters.category ?? filters.status ?? filters.division) || filters.overdue;
  const actionable = get('actionable');
  const view: ApplicationsView =
    actionable === 'true' ? 'pending' : actionable === 'false' || filtered ? 'all' : 'pending';

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    if (!next.has('actionable')) next.set('actionable', view === 'pending' ? 'true' : 'false');
    for (const [key, value] of Object.entries(changes))
      if (value === undefined) next.delete(key);
      else next.set(key, value);
    setSearch(next, { replace: true });
  };
  return { filters, view, update };
}

export function ApplicationFilters({
  filters,
  update,
}: {
  filters: ApplicationFilterValues;
  update: (changes: Record<string, string | undefined>) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const phone = useIsPhone();
  const { can } = useAccess();
  const box = phone ? { width: '100%' } : { width: 280 };
  return (
    <Flex wrap gap={8} align="center" data-testid="application-filters">
      <Select<ApplicationCategory>
        aria-label={t('applications.category')}
        prefix={t('applications.category')}
        placeholder={t('applications.filter.any')}
        allowClear
        value={filters.category}
        onChange={(value?: ApplicationCategory) => update({ category: value })}
        options={APPLICATION_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c, lang) }))}
        popupMatchSelectWidth={false}
        style={box}
        data-testid="filter-category"
      />
      <Select<Status>
        aria-label={t('applications.status')}
        prefix={t('applications.status')}
        placeholder={t('applications.filter.any')}
        allowClear
        value={filters.status}
        onChange={(value?: Status) => update({ status: value })}
        options={STATUSES.map((s) => ({ value: s, label: t(`applications.statusValue.${s}`) }))}
        popupMatchSelectWidth={false}
        style={phone ? box : { width: 220 }}
        data-testid="filter-status"
      />
      {can('divisions:read') && (
        <DivisionPicker
          prefix={t('applications.filter.division')}
          placeholder={t('applications.filter.any')}
          value={filters.division}
          onChange={(code) => update({ division: code })}
          style={phone ? box : { width: 320 }}
        />
      )}
      <Checkbox
        checked={filters.overdue}
        onChange={(e) => update({ overdue: e.target.checked ? 'true' : undefined })}
        style={phone ? { minHeight: 44, alignItems: 'center' } : undefined}
        data-testid="filter-overdue"
      >
        {t('applications.filter.overdue')}
      </Checkbox>
    </Flex>
  );
}
