// 家庭成员: current relations first, ended ones kept below; each person's masked contact data and
// dated situations. Changing a guardian is two recorded steps: end the old relation, add the new one.
import { useState } from 'react';
import { Button, Card, Descriptions, Divider, Empty, Flex, Skeleton, Space, Tag, Typography } from 'antd';
import { PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Family, Person, Relation, Situation } from '../../../api/registry';
import { useApiGet } from '../../../api/useApiGet';
import { LoadProblem } from '../../../components/NotReady';
import { useIsPhone } from '../../../hooks/useIsPhone';
import { monospace, situationLabel, useLang } from '../childFormat';
import { AddRelationDialog, EndRelationDialog } from './RelationDialogs';
import { AddSituationDialog, EndSituationDialog } from './SituationDialogs';

interface Props {
  childId: string;
  canEdit: boolean;
  /** Family facts change the category evaluation and the history. */
  onChanged: () => void;
}

export function FamilyTab({ childId, canEdit, onChanged }: Props) {
  const { t } = useTranslation();
  const family = useApiGet<Family>(`/api/children/${childId}/family`);
  const [adding, setAdding] = useState<'any' | 'guardian' | null>(null);
  const [ending, setEnding] = useState<{ relation: Relation; changingGuardian: boolean } | null>(null);
  const [situationFor, setSituationFor] = useState<Person | null>(null);
  const [endingSituation, setEndingSituation] = useState<{ person: Person; situation: Situation } | null>(null);
  const phone = useIsPhone();

  const done = () => {
    family.reload();
    onChanged();
  };

  if (family.error !== undefined) return <LoadProblem error={family.error} notReadyText={t('childFile.notReady')} />;
  if (!family.data) return <Skeleton active />;
  const active = family.data.relations.filter((r) => r.active);
  const ended = family.data.relations.filter((r) => !r.active);

  const card = (relation: Relation) => (
    <RelationCard
      key={relation.id}
      relation={relation}
      canEdit={canEdit && relation.active}
      onEnd={() => setEnding({ relation, changingGuardian: false })}
      onChangeGuardian={() => setEnding({ relation, changingGuardian: true })}
      onAddSituation={() => setSituationFor(relation.person)}
      onEndSituation={(situation) => setEndingSituation({ person: relation.person, situation })}
    />
  );

  return (
    <Flex vertical gap={12} data-testid="child-family">
      {canEdit && (
        <Flex justify="flex-end">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding('any')} block={phone}>
            {t('family.add')}
          </Button>
        </Flex>
      )}
      {family.data.relations.length === 0 && <Empty description={t('family.empty')} />}
      {active.length > 0 && <Typography.Title level={5}>{t('family.active')}</Typography.Title>}
      {active.map(card)}
      {ended.length > 0 && <Divider orientation="left">{t('family.ended')}</Divider>}
      {ended.map(card)}
      <AddRelationDialog
        childId={childId}
        open={adding !== null}
        fixedKind={adding === 'guardian' ? 'guardian' : undefined}
        title={adding === 'guardian' ? t('family.changeStep2') : undefined}
        onClose={() => setAdding(null)}
        onDone={() => {
          setAdding(null);
          done();
        }}
      />
      <EndRelationDialog
        childId={childId}
        relation={ending?.relation ?? null}
        changingGuardian={ending?.changingGuardian}
        onClose={() => setEnding(null)}
        onDone={() => {
          const next = ending?.changingGuardian ? 'guardian' : null;
          setEnding(null);
          done();
          setAdding(next);
        }}
      />
      <AddSituationDialog
        childId={childId}
        person={situationFor}
        onClose={() => setSituationFor(null)}
        onDone={() => {
          setSituationFor(null);
          done();
        }}
      />
      <EndSituationDialog
        childId={childId}
        target={endingSituation}
        onClose={() => setEndingSituation(null)}
        onDone={() => {
          setEndingSituation(null);
          done();
        }}
      />
    </Flex>
  );
}

interface CardProps {
  relation: Relation;
  canEdit: boolean;
  onEnd: () => void;
  onChangeGuardian: () => void;
  onAddSituation: () => void;
  onEndSituation: (situation: Situation) => void;
}

function RelationCard({ relation, canEdit, onEnd, onChangeGuardian, onAddSituation, onEndSituation }: CardProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const phone = useIsPhone();
  const { person } = relation;
  const empty = t('common.empty');

  return (
    <Card
      size="small"
      data-testid="relation-card"
      style={relation.active ? undefined : { opacity: 0.75 }}
      title={
        <Space wrap size={4}>
          <Tag color={relation.active ? 'blue' : 'default'}>{t(`family.kindValue.${relation.kind}`)}</Tag>
          {relation.relationLabel && <Typography.Text type="secondary">{relation.relationLabel}</Typography.Text>}
          <Typography.Text strong>{person.name}</Typography.Text>
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
          <span style={monospace}>{person.idNumberMasked ?? empty}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('family.phone')}>
          <span style={monospace}>{person.phoneMasked ?? empty}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('family.address')}>{person.addressMasked ?? empty}</Descriptions.Item>
        <Descriptions.Item label={t('family.workPlace')}>{person.workPlace ?? empty}</Descriptions.Item>
        {!relation.active && relation.endReason && (
          <Descriptions.Item label={t('family.endReason')}>{relation.endReason}</Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
        {t('family.situations')}
      </Typography.Text>
      {person.situations.length === 0 ? (
        <div>
          <Typography.Text type="secondary">{t('family.noSituation')}</Typography.Text>
        </div>
      ) : (
        <Flex vertical gap={4} style={{ marginTop: 4 }}>
          {person.situations.map((s) => (
            <Flex key={s.id} gap={8} align="center" wrap>
              <Tag color={s.until ? 'default' : 'orange'}>{situationLabel(s.code, lang)}</Tag>
              <Typography.Text>
                {s.since} – {s.until ?? t('family.ongoing')}
              </Typography.Text>
              {s.note && <Typography.Text type="secondary">{s.note}</Typography.Text>}
              {canEdit && !s.until && (
                <Button size={phone ? 'middle' : 'small'} type="link" onClick={() => onEndSituation(s)}>
                  {t('family.endSituation')}
                </Button>
              )}
            </Flex>
          ))}
        </Flex>
      )}
      {canEdit && (
        <Flex gap={8} wrap style={{ marginTop: 12 }}>
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
