// A person's dated situations, each with the facts recorded for its kind in words ("刑期：36 个月",
// "公安机关受理报案日期：…"), and the button that ends a current one.
import { Button, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { serviceDate } from '@hehu/domain';
import type { Situation } from '../../../api/registry';
import { useIsPhone } from '../../../hooks/useIsPhone';
import { situationLabel, useLang } from '../childFormat';
import { WITH_TERM, releaseDue, situationDetailLines } from './situationFacts';
import { useCategoryRules } from './useCategoryRules';
import '../../../i18n/childTabs.zh-CN';

interface Props {
  situations: Situation[];
  canEdit: boolean;
  onEnd: (situation: Situation) => void;
}

export function SituationList({ situations, canEdit, onEnd }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const phone = useIsPhone();
  const rules = useCategoryRules();
  const today = serviceDate();

  if (situations.length === 0)
    return (
      <div>
        <Typography.Text type="secondary">{t('family.noSituation')}</Typography.Text>
      </div>
    );

  return (
    <Flex vertical gap={8} style={{ marginTop: 4 }}>
      {situations.map((s) => {
        const lines = situationDetailLines(s, t, lang, rules, today);
        // A term that ran out without a recorded release: the rules treat it as ended; the village confirms.
        const due = releaseDue(s, today);
        return (
          <div
            key={s.id}
            data-testid="situation"
            style={{ borderLeft: `3px solid ${s.until ? '#d9d9d9' : '#ffa940'}`, paddingLeft: 8 }}
          >
            <Flex gap={8} align="center" wrap>
              <Tag color={s.until ? 'default' : 'orange'} style={{ marginInlineEnd: 0 }}>
                {situationLabel(s.code, lang)}
              </Tag>
              <Typography.Text>
                {s.since} – {s.until ?? t('family.ongoing')}
              </Typography.Text>
              {due !== null && (
                <Tag color="warning" data-testid="release-to-confirm">
                  {t('family.releaseToConfirm')}
                </Tag>
              )}
              {canEdit && !s.until && (
                <Button
                  size={phone ? 'middle' : 'small'}
                  type="link"
                  onClick={() => onEnd(s)}
                  style={{ paddingInline: 4 }}
                >
                  {WITH_TERM.has(s.code) ? t('family.recordRelease') : t('family.endSituation')}
                </Button>
              )}
            </Flex>
            {lines.length > 0 && (
              <Flex
                gap={phone ? 2 : '2px 16px'}
                vertical={phone}
                wrap
                style={{ marginTop: 4 }}
                data-testid="situation-details"
              >
                {lines.map((line) => (
                  <Typography.Text key={line.key} className="hehu-break" data-testid={`situation-${line.key}`}>
                    <Typography.Text type="secondary">
                      {t('common.labelValue', { label: line.label, value: '' })}
                    </Typography.Text>
                    {line.value}
                  </Typography.Text>
                ))}
              </Flex>
            )}
          </div>
        );
      })}
    </Flex>
  );
}
