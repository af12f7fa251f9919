// Pure helpers of the case pages: how late a case is in words, which fields an action's form needs, the partner
// units grouped by kind, the stage's step, and the body sent for an action.
import { CASE_ACTIONS, CASE_STAGES, PARTNER_KINDS, type CaseActionCode, type CaseStage } from '@hehu/domain';
import type { ActionInput, PartnerUnit } from './types';

export interface Lateness {
  count: number;
  unit: 'hours' | 'days';
}

/** "已逾期 X 小时" up to a day, "X 天" after; any lateness counts as at least one hour. */
export function lateness(overdueMinutes: number | null): Lateness | null {
  if (overdueMinutes === null || overdueMinutes <= 0) return null;
  const hours = Math.ceil(overdueMinutes / 60);
  if (hours < 24) return { count: hours, unit: 'hours' };
  return { count: Math.floor(overdueMinutes / 1440), unit: 'days' };
}

export interface ActionFields {
  /** 调查方式, 日期, 人员, 地点, 是否需要临时监护. */
  verification: boolean;
  /** The Art. 92 ground and the placement. */
  temporary: boolean;
  /** The Art. 94 ground. */
  longTerm: boolean;
  /** The note is required (the server refuses fewer than four characters). */
  noteRequired: boolean;
  /** The note is the assessment of the guardian's home before the child goes back. */
  noteIsReturnAssessment: boolean;
}

export function actionFields(action: CaseActionCode): ActionFields {
  return {
    verification: action === 'verify',
    temporary: action === 'temporary_guardianship',
    longTerm: action === 'long_term_guardianship',
    noteRequired: CASE_ACTIONS[action].needsNote,
    noteIsReturnAssessment: action === 'end_temporary_guardianship',
  };
}

/** Fewest characters the server accepts in a required note. */
export const MIN_NOTE_CHARS = 4;

export interface ActionFormValues {
  note?: string;
  method?: string;
  date?: string;
  staff?: string;
  place?: string;
  needsTemporaryGuardianship?: boolean;
  temporaryTrigger?: ActionInput['temporaryTrigger'];
  placement?: ActionInput['placement'];
  placementDetail?: string;
  longTermTrigger?: ActionInput['longTermTrigger'];
}

/** The body of POST /api/cases/:id/actions: only the fields the action takes, the note null when empty. */
export function actionBody(action: CaseActionCode, version: number, values: ActionFormValues): ActionInput {
  const fields = actionFields(action);
  const note = values.note?.trim() ? values.note.trim() : null;
  const body: ActionInput = { action, version, note };
  if (fields.verification && values.date) {
    body.verification = {
      method: values.method?.trim() ?? '',
      date: values.date,
      staff: values.staff?.trim() ?? '',
      place: values.place?.trim() ?? '',
      needsTemporaryGuardianship: values.needsTemporaryGuardianship ?? false,
    };
  }
  if (fields.temporary) {
    body.temporaryTrigger = values.temporaryTrigger;
    body.placement = values.placement;
    body.placementDetail = values.placementDetail?.trim() ?? '';
  }
  if (fields.longTerm) body.longTermTrigger = values.longTermTrigger;
  return body;
}

export interface PartnerGroup {
  kind: string;
  units: PartnerUnit[];
}

/** Partner units by kind, in the vocabulary's order (unknown kinds last), each group sorted by name. */
export function groupPartners(units: readonly PartnerUnit[]): PartnerGroup[] {
  const order = (kind: string) => {
    const i = (PARTNER_KINDS as readonly string[]).indexOf(kind);
    return i < 0 ? PARTNER_KINDS.length : i;
  };
  const byKind = new Map<string, PartnerUnit[]>();
  for (const unit of units) byKind.set(unit.kind, [...(byKind.get(unit.kind) ?? []), unit]);
  return [...byKind.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([kind, list]) => ({ kind, units: [...list].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')) }));
}

/** The step of the seven stages the case is at. */
export function stageStep(stage: CaseStage): number {
  return CASE_STAGES.indexOf(stage);
}

/** Share in whole percent, null when there is nothing to divide. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 100) : null;
}

/** The report is still open when it is not yet handled; a score is asked only once it is. */
export function canRate(report: { status: 'received' | 'handled'; satisfaction: number | null }): boolean {
  return report.status === 'handled' && report.satisfaction === null;
}
