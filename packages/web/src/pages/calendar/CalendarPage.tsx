// 工作日历: the years entered, a warning when next year is missing (deadlines into it are refused), and for the
// city a form per year — holidays and make-up working days as date lists checked as they are added (within the
// year, not on both lists, make-up days on a weekend), the notice it comes from, saved with the version seen.
import { PageContainer } from '@ant-design/pro-components';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  Segmented,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { CloseOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarYear, CalendarYears } from '../../api/calendar';
import { ApiError, api, errorText } from '../../api/client';
import { useApiGet } from '../../api/useApiGet';
import { useAccess } from '../../auth/access';
import { useIsPhone } from '../../hooks/useIsPhone';
import '../../i18n/calendar.zh-CN';

type ListName = 'holidays' | 'workdays';

interface Draft {
  holidays: string[];
  workdays: string[];
  source: string;
  version: number;
}

const emptyDraft: Draft = { holidays: [], workdays: [], source: '', version: 0 };

function toDraft(year: CalendarYear | undefined): Draft {
  return year
    ? { holidays: year.holidays, workdays: year.workdays, source: year.source, version: year.version }
    : emptyDraft;
}

function DateList(props: {
  name: ListName;
  year: number;
  dates: string[];
  editable: boolean;
  error: string | undefined;
  onAdd: (date: string) => string | null;
  onRemove: (date: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const weekday = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' }),
    [i18n.language],
  );
  const label = (date: string) => `${date.slice(5)} ${weekday.format(new Date(`${date}T00:00:00Z`))}`;
  const shown = problem ?? props.error;
  const phone = useIsPhone();
  return (
    <Form.Item
      label={t(`calendar.${props.name}`)}
      extra={t(props.name === 'holidays' ? 'calendar.holidaysHint' : 'calendar.workdaysHint', {
        count: props.dates.length,
      })}
      validateStatus={shown ? 'error' : undefined}
      help={shown}
    >
      <Space wrap size={[6, 6]} data-testid={`calendar-${props.name}`}>
        {props.dates.length === 0 && <Typography.Text type="secondary">{t('calendar.empty')}</Typography.Text>}
        {props.dates.map((date) => (
          <Tag
            key={date}
            closable={props.editable}
            onClose={() => props.onRemove(date)}
            // A thumb-sized remove target on a phone; the tag's own cross is 12 px.
            closeIcon={
              phone ? (
                <span
                  role="button"
                  aria-label={t('calendar.removeDate', { date })}
                  style={{
                    display: 'inline-flex',
                    alignItems: 'center',
                    justifyContent: 'center',
                    minWidth: 44,
                    minHeight: 44,
                  }}
                >
                  <CloseOutlined />
                </span>
              ) : undefined
            }
            color={props.name === 'holidays' ? 'red' : 'blue'}
            style={{
              fontSize: 14,
              padding: phone ? '0 0 0 12px' : '4px 8px',
              display: 'inline-flex',
              alignItems: 'center',
            }}
          >
            {label(date)}
          </Tag>
        ))}
      </Space>
      {props.editable && (
        <DatePicker
          aria-label={`${t(`calendar.${props.name}`)} ${t('calendar.addDate')}`}
          placeholder={t('calendar.addDate')}
          style={{ display: 'block', marginTop: 8, maxWidth: 220 }}
          value={null}
          defaultPickerValue={dayjs(`${props.year}-01-01`)}
          disabledDate={(d: Dayjs) =>
            d.year() !== props.year || (props.name === 'workdays' && d.day() !== 0 && d.day() !== 6)
          }
          onChange={(d: Dayjs | null) => {
            if (!d) return;
            setProblem(props.onAdd(d.format('YYYY-MM-DD')));
          }}
        />
      )}
    </Form.Item>
  );
}

/** One year's form; keyed by year and version, so a reload after a save or a conflict starts from the stored lists. */
function YearEditor(props: { year: number; stored: CalendarYear | undefined; editable: boolean; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { year, stored, editable } = props;
  const [draft, setDraft] = useState<Draft>(() => toDraft(stored));
  const [fieldError, setFieldError] = useState<{ field: string; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  const add = (list: ListName) => (date: string) => {
    const other: ListName = list === 'holidays' ? 'workdays' : 'holidays';
    if (draft[list].includes(date)) return t('calendar.duplicate', { date });
    if (draft[other].includes(date)) return t('calendar.otherList', { date, list: t(`calendar.${other}`) });
    setDraft({ ...draft, [list]: [...draft[list], date].sort() });
    return null;
  };
  const remove = (list: ListName) => (date: string) =>
    setDraft({ ...draft, [list]: draft[list].filter((d) => d !== date) });

  const save = async () => {
    setSaving(true);
    setFieldError(null);
    try {
      await api.put(`/api/calendar/years/${year}`, draft);
      message.success(t('calendar.saved', { year }));
      props.onSaved();
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'CALENDAR_CHANGED') {
        message.warning(t('calendar.changed'));
        props.onSaved();
      } else if (caught instanceof ApiError && typeof caught.details.field === 'string') {
        setFieldError({ field: caught.details.field, text: caught.message });
      } else if (caught instanceof ApiError && Array.isArray(caught.details.issues)) {
        // VALIDATION_FAILED: the first issue, shown under its field.
        const [issue] = caught.details.issues as { path: string; message: string }[];
        if (issue) setFieldError({ field: issue.path, text: issue.message });
        else message.error(errorText(caught));
      } else message.error(errorText(caught));
    } finally {
      setSaving(false);
    }
  };
  const errorFor = (prefix: string) => (fieldError?.field.startsWith(prefix) ? fieldError.text : undefined);

  return (
    <>
      <Typography.Paragraph type="secondary">
        {stored
          ? stored.updatedByName && stored.updatedAt
            ? t('calendar.lastChange', {
                version: stored.version,
                name: stored.updatedByName,
                at: new Date(stored.updatedAt).toLocaleString(i18n.language),
              })
            : t('calendar.fromData', { version: stored.version })
          : null}
        {!editable && <> {t('calendar.readOnly')}</>}
      </Typography.Paragraph>
      <Form layout="vertical" onFinish={() => void save()}>
        <DateList
          name="holidays"
          year={year}
          dates={draft.holidays}
          editable={editable}
          error={errorFor('holidays')}
          onAdd={add('holidays')}
          onRemove={remove('holidays')}
        />
        <DateList
          name="workdays"
          year={year}
          dates={draft.workdays}
          editable={editable}
          error={errorFor('workdays')}
          onAdd={add('workdays')}
          onRemove={remove('workdays')}
        />
        <Form.Item
          label={t('calendar.source')}
          validateStatus={errorFor('source') ? 'error' : undefined}
          help={errorFor('source')}
        >
          <Input.TextArea
            value={draft.source}
            readOnly={!editable}
            autoSize={{ minRows: 1, maxRows: 3 }}
            placeholder={t('calendar.sourcePlaceholder')}
            onChange={(e) => setDraft({ ...draft, source: e.target.value })}
          />
        </Form.Item>
        {editable && (
          <Button type="primary" htmlType="submit" loading={saving} size="large">
            {t('calendar.save', { year })}
          </Button>
        )}
      </Form>
    </>
  );
}

export default function CalendarPage() {
  const { t } = useTranslation();
  const { can } = useAccess();
  const editable = can('rules:manage');
  const { data, error, loading, reload } = useApiGet<CalendarYears>('/api/calendar/years');
  const [chosen, setChosen] = useState<number | null>(null);

  const years = (data?.data ?? []).map((y) => y.year);
  const thisYear = data ? Number(data.today.slice(0, 4)) : null;
  // Next year missing: the city is shown that year first; otherwise the latest year entered.
  const nextMissing = data && thisYear !== null && data.firstMissing <= thisYear + 1 ? data.firstMissing : null;
  const fallback = data ? (editable && nextMissing !== null ? nextMissing : Math.max(...years, thisYear ?? 0)) : null;
  const current = chosen ?? fallback;
  const stored = data?.data.find((y) => y.year === current);
  const choices = data ? [...new Set([...years, ...(editable ? [data.firstMissing] : [])])].sort() : [];

  return (
    <PageContainer title={t('calendar.title')} className="hehu-page">
      <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 760 }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('calendar.intro')}
        </Typography.Paragraph>
        {error !== undefined && <Alert type="error" showIcon message={errorText(error)} />}
        {nextMissing !== null && (
          <Alert
            type="warning"
            showIcon
            message={t('calendar.missing', { year: nextMissing })}
            action={
              editable && current !== nextMissing ? (
                <Button size="small" onClick={() => setChosen(nextMissing)}>
                  {t('calendar.enterYear', { year: nextMissing })}
                </Button>
              ) : undefined
            }
          />
        )}
        {loading && !data ? (
          <Skeleton active />
        ) : data && data.data.length === 0 && !editable ? (
          <Empty />
        ) : (
          current !== null && (
            <Card>
              <Segmented
                options={choices.map((y) => ({ label: String(y), value: y }))}
                value={current}
                onChange={(v) => setChosen(v)}
                style={{ marginBottom: 16 }}
              />
              <YearEditor
                key={`${current}:${stored?.version ?? 0}`}
                year={current}
                stored={stored}
                editable={editable}
                onSaved={reload}
              />
            </Card>
          )
        )}
      </Space>
    </PageContainer>
  );
}
