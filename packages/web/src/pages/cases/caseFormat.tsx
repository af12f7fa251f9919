// Shared pieces of the case pages: tier and stage tags, the deadline with its lateness in red, referral status
// tags, times in the user's language, and the domain's labels in the user's language.
import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  CASE_CHANNEL_LABELS,
  CASE_STAGE_LABELS,
  CASE_TIER_LABELS,
  LONG_TERM_GUARDIANSHIP_TRIGGER_LABELS,
  PARTNER_KIND_LABELS,
  PLACEMENT_LABELS,
  REPORT_TRIGGER_LABELS,
  TEMPORARY_GUARDIANSHIP_TRIGGER_LABELS,
} from '@hehu/domain';
import { useLang, type Lang } from '../children/childFormat';
import { lateness } from './caseRules';
import type { CaseStage, CaseTier, ReferralStatus } from './types';
import '../../i18n/cases.zh-CN';

type Labels = Record<string, { zh: string; en: string } | undefined>;

/** A domain label by code in the user's language; the code itself when unknown (a newer server). */
export function label(labels: Labels, code: string | null | undefined, lang: Lang): string {
  if (code === null || code === undefined) return '—';
  return labels[code]?.[lang] ?? code;
}

/** The domain's label tables, read with the user's language. */
export function useCaseLabels() {
  const lang = useLang();
  return {
    lang,
    channel: (code: string) => label(CASE_CHANNEL_LABELS, code, lang),
    stage: (code: string) => label(CASE_STAGE_LABELS, code, lang),
    tier: (code: string) => label(CASE_TIER_LABELS, code, lang),
    trigger: (code: string | null) => label(REPORT_TRIGGER_LABELS, code, lang),
    partnerKind: (code: string) => label(PARTNER_KIND_LABELS, code, lang),
    placement: (code: string | null) => label(PLACEMENT_LABELS, code, lang),
    temporaryTrigger: (code: string) => label(TEMPORARY_GUARDIANSHIP_TRIGGER_LABELS, code, lang),
    longTermTrigger: (code: string) => label(LONG_TERM_GUARDIANSHIP_TRIGGER_LABELS, code, lang),
  };
}

const TIER_COLOR: Record<CaseTier, string> = { urgent: 'red', general: 'blue', consult: 'default' };

export function TierTag({ tier, large }: { tier: CaseTier; large?: boolean }) {
  const { tier: name } = useCaseLabels();
  return (
    <Tag
      color={TIER_COLOR[tier]}
      data-testid="case-tier"
      style={{ marginInlineEnd: 0, ...(large ? { fontSize: 18, lineHeight: '32px', padding: '0 12px' } : {}) }}
    >
      {name(tier)}
    </Tag>
  );
}

const STAGE_COLOR: Record<CaseStage, string> = {
  intake: 'orange',
  verification: 'volcano',
  assessment: 'gold',
  plan: 'cyan',
  implementation: 'blue',
  closure_review: 'purple',
  closed: 'default',
};

export function StageTag({ stage }: { stage: CaseStage }) {
  const { stage: name } = useCaseLabels();
  return (
    <Tag color={STAGE_COLOR[stage]} data-testid="case-stage" style={{ marginInlineEnd: 0 }}>
      {name(stage)}
    </Tag>
  );
}

/** A date-time in the user's language without seconds, in Leshan time (deadlines are counted there). */
export function useAt(): (value: string | null | undefined) => string {
  const { i18n } = useTranslation();
  return (value) =>
    value
      ? new Date(value).toLocaleString(i18n.language, {
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
          timeZone: 'Asia/Shanghai',
        })
      : '—';
}

/** "已逾期 X 小时/天" in red, or nothing when on time. */
export function Lateness({ overdueMinutes }: { overdueMinutes: number | null }) {
  const { t } = useTranslation();
  const late = lateness(overdueMinutes);
  if (!late) return null;
  return (
    <Typography.Text type="danger" strong data-testid="case-overdue" style={{ whiteSpace: 'nowrap' }}>
      {t(`cases.late.${late.unit}`, { count: late.count })}
    </Typography.Text>
  );
}

/** The deadline the case works towards, with its lateness. */
export function Due({ dueAt, overdueMinutes }: { dueAt: string | null; overdueMinutes: number | null }) {
  const at = useAt();
  if (!dueAt) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={4} wrap>
      <Typography.Text type={overdueMinutes ? 'danger' : undefined} style={{ whiteSpace: 'nowrap' }}>
        {at(dueAt)}
      </Typography.Text>
      <Lateness overdueMinutes={overdueMinutes} />
    </Space>
  );
}

const REFERRAL_COLOR: Record<ReferralStatus, string> = {
  sent: 'gold',
  accepted: 'blue',
  declined: 'red',
  answered: 'green',
};

export function ReferralStatusTag({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={REFERRAL_COLOR[status]} data-testid="referral-status" style={{ marginInlineEnd: 0 }}>
      {t(`cases.referralStatus.${status}`)}
    </Tag>
  );
}

/** The page's refusal for a stale version: the case changed under the user. */
export const STALE_CODE = 'CASE_CHANGED';
