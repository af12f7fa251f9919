// A guardianship risk level as a coloured tag: the more serious, the warmer.
import { Tag } from 'antd';
import { RISK_LEVEL_LABELS, type RiskLevel } from '@hehu/domain';
import { useLang } from '../children/childFormat';

const LEVEL_COLOUR: Record<RiskLevel, string> = {
  absent: 'red',
  improper: 'volcano',
  insufficient: 'gold',
  normal: 'green',
};

export function RiskLevelTag({ level }: { level: RiskLevel }) {
  const lang = useLang();
  return (
    <Tag color={LEVEL_COLOUR[level]} data-testid="risk-level">
      {RISK_LEVEL_LABELS[level][lang]}
    </Tag>
  );
}
