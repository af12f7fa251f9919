// One relation in the family tab: the person's masked details (shown in full on request, audited on the
// server), their situations with the recorded facts, and the actions the user may take.
import { useState } from 'react';
import type { ReactNode } from 'react';
import { App, Button, Card, Descriptions, Flex, Space, Tag, Tooltip, Typography } from 'antd';
import { EditOutlined, EyeInvisibleOutlined, EyeOutlined, PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/client';
import type { PersonUnmaskField, Relation, Situation } from '../../../api/registry';
import { useIsPhone } from '../../../hooks/useIsPhone';
import { monospace } from '../childFormat';
import { maskedFields } from './personContact';
import type { Revealed } from './personContact';
import { SituationList } from './SituationList';
import '../../../i18n/childTabs.zh-CN';
import '../../../i18n/children.zh-CN';

interface Props {
  relation: Relation;
  /** Relation and situation changes: only on a current relation of a file the user may change. */
  canEdit: boolean;
  canUnmask: boolean;
  revealed?: Revealed;
  onReveal: () => Promise<void>;
  onHide: () => void;
  onEditContact: () => void;
  onEnd: () => void;
  onChangeGuardian: () => void;
  onAddSituation: () => void;
  onEndSituation: (situation: Situation) => void;
}

export function RelationCard({
  relation,
  canEdit,
  canUnmask,
  revealed,
  onReveal,
  onHide,
  onEditContact,
  onEnd,
  onChangeGuardian,
  onAddSituation,
  onEndSituation,
}: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const phone = useIsPhone();
  const [revealing, setRevealing] = useState(false);
  const { person } = relation;
  const empty = t('common.empty');
  const masked = maskedFields(person);

  /** The full value once shown, else the masked one. */
  const shown = (field: PersonUnmaskField, maskedValue: string | null, mono: boolean): ReactNode => {
    const full = revealed && field in revealed;
    const value = full ? revealed[field] : maskedValue;
    return (
      <Typography.Text
        className="hehu-break"
        style={mono ? monospace : undefined}
        data-testid={`person-${field}`}
        data-revealed={full ? 'true' : undefined}
      >
        {value ?? empty}
      </Typography.Text>
    );
  };

  const reveal = async () => {
    setRevealing(true);
    try {
      await onReveal();
    } catch (caught) {
      void message.error(errorText(caught));
    } finally {
      setRevealing(false);
    }
  };

  return (
    <Card
      size="small"
      data-testid="relation-card"
      style={relation.active ? undefined : { opacity: 0.75 }}
      title={
        <Space wrap size={4}>
          <Tag color={relation.active ? 'blue' : 'default'}>{t(`family.kindValue.${relation.kind}`)}</Tag>
          {relation.relationLabel && <Typography.Text type="secondary">{relation.relationLabel}</Typography.Text>}
          <Typography.Text strong data-testid="person-name">
            {person.name}
          </Typography.Text>
        </Space>
      }
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {relation.active
            ? t('family.since', { date: relation.startDate })
            : t('family.endedOn', { date: relation.endDate ?? empty })}
        </Typography.Text>
      }
    >
      <Descriptions size="small" column={phone ? 1 : 3}>
        <Descriptions.Item label={t('family.sex')}>
          {person.sex ? t(`children.sexValue.${person.sex}`) : empty}
        </Descriptions.Item>
        <Descriptions.Item label={t('family.birthDate')}>{person.birthDate ?? empty}</Descriptions.Item>
        <Descriptions.Item label={t('family.personIdNumber')}>
          {shown('idNumber', person.idNumberMasked, true)}
        </Descriptions.Item>
        <Descriptions.Item label={t('family.phone')}>{shown('phone', person.phoneMasked, true)}</Descriptions.Item>
        <Descriptions.Item label={t('family.address')}>
          {shown('address', person.addressMasked, false)}
        </Descriptions.Item>
        <Descriptions.Item label={t('family.workPlace')}>
          <span className="hehu-break">{person.workPlace ?? empty}</span>
        </Descriptions.Item>
        {!relation.active && relation.endReason && (
          <Descriptions.Item label={t('family.endReason')}>{relation.endReason}</Descriptions.Item>
        )}
      </Descriptions>
      {canUnmask && masked.length > 0 && (
        <div>
          {revealed ? (
            <Button
              size={phone ? 'middle' : 'small'}
              type="link"
              icon={<EyeInvisibleOutlined />}
              onClick={onHide}
              style={{ paddingInline: 0 }}
            >
              {t('family.hideFull')}
            </Button>
          ) : (
            <Tooltip title={t('family.unmaskAudited')}>
              <Button
                size={phone ? 'middle' : 'small'}
                type="link"
                icon={<EyeOutlined />}
                loading={revealing}
                onClick={() => void reveal()}
                style={{ paddingInline: 0 }}
              >
                {t('family.showFull')}
              </Button>
            </Tooltip>
          )}
        </div>
      )}
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
        {t('family.situations')}
      </Typography.Text>
      <SituationList situations={person.situations} canEdit={canEdit} onEnd={onEndSituation} />
      {canEdit && (
        <Flex gap={8} wrap style={{ marginTop: 12 }}>
          <Button icon={<EditOutlined />} onClick={onEditContact}>
            {t('family.editContact')}
          </Button>
          <Button icon={<PlusOutlined />} onClick={onAddSituation}>
            {t('family.addSituation')}
          </Button>
          {relation.kind === 'guardian' && (
            <Button icon={<SwapOutlined />} onClick={onChangeGuardian}>
              {t('family.changeGuardian')}
            </Button>
          )}
          <Button danger onClick={onEnd}>
            {t('family.end')}
          </Button>
        </Flex>
      )}
    </Card>
  );
}
