// Shared pieces of the allowance pages: amounts in yuan from integer fen, month labels, status and kind tags,
// category names, and the counties the signed-in user may choose.
import { useEffect, useState } from 'react';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CATEGORY_LABELS, fenToYuan } from '@hehu/domain';
import type { LineKind, PaymentStatus, RollStatus } from '../../api/allowances';
import { api } from '../../api/client';
import type { DataResponse, Division } from '../../api/types';
import { useLang } from '../children/childFormat';
import { monthParts } from './allowanceRules';
import '../../i18n/allowances.zh-CN';

/** "¥1,400.00"-style text without grouping: the exact yuan of an integer fen amount. */
export function useYuan(): (fen: number) => string {
  const { t } = useTranslation();
  return (fen: number) => t('allowances.yuan', { amount: fenToYuan(fen) });
}

export function Yuan({ fen, strong, colored }: { fen: number; strong?: boolean; colored?: boolean }) {
  const yuan = useYuan();
  const type = colored && fen < 0 ? 'danger' : undefined;
  return (
    <Typography.Text strong={strong} type={type} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {yuan(fen)}
    </Typography.Text>
  );
}

export function useMonthLabel(): (month: string) => string {
  const { t } = useTranslation();
  return (month: string) => {
    const parts = monthParts(month);
    return parts ? t('allowances.monthLabel', { year: parts.year, month: parts.month }) : month;
  };
}

const STATUS_COLOR: Record<RollStatus, string> = { draft: 'gold', approved: 'blue', locked: 'green' };

export function RollStatusTag({ status }: { status: RollStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="roll-status" style={{ marginInlineEnd: 0 }}>
      {t(`allowances.status.${status}`)}
    </Tag>
  );
}

export const KIND_COLOR: Record<LineKind, string> = {
  base: 'default',
  arrears: 'blue',
  retry: 'orange',
  recovery: 'red',
};

export function KindTag({ kind }: { kind: LineKind }) {
  const { t } = useTranslation();
  return <Tag color={KIND_COLOR[kind]}>{t(`allowances.kind.${kind}`)}</Tag>;
}

const PAYMENT_COLOR: Record<PaymentStatus, string> = {
  pending: 'default',
  unsent: 'default',
  offset: 'purple',
  paid: 'green',
  failed: 'red',
};

export function PaymentTag({ status }: { status: PaymentStatus }) {
  const { t } = useTranslation();
  return <Tag color={PAYMENT_COLOR[status]}>{t(`allowances.payment.${status}`)}</Tag>;
}

/** The category's name in the user's language; the code itself when it is not a known category. */
export function useCategoryName(): (code: string | null) => string {
  const lang = useLang();
  return (code) => {
    if (code === null) return '—';
    const labels: Record<string, { zh: string; en: string } | undefined> = CATEGORY_LABELS;
    return labels[code]?.[lang] ?? code;
  };
}

export interface County {
  code: string;
  name: string;
}

/**
 * The counties under the user's own area: a county grant is that county, a city grant is every county of the
 * city (read one level down). The server still checks each request against the grant.
 */
export function useMyCounties(): County[] | null {
  const [counties, setCounties] = useState<County[] | null>(null);
  useEffect(() => {
    let live = true;
    (async () => {
      const roots = (await api.get<DataResponse<Division>>('/api/divisions')).data;
      const found: County[] = [];
      for (const root of roots) {
        if (root.level === 'county') found.push({ code: root.code, name: root.name });
        else if (root.level === 'city' || root.level === 'province') {
          const below = (await api.get<DataResponse<Division>>('/api/divisions', { parent: root.code })).data;
          for (const d of below) if (d.level === 'county') found.push({ code: d.code, name: d.name });
        }
      }
      if (live) setCounties(found);
    })().catch(() => {
      if (live) setCounties([]);
    });
    return () => {
      live = false;
    };
  }, []);
  return counties;
}
