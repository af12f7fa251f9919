// 家庭成员: current relations first, ended ones kept below; each person's masked contact data (shown in
// full on request, audited) and dated situations with their facts. Changing a guardian is two recorded
// steps: end the old relation, add the new one.
import { useState } from 'react';
import { Button, Divider, Empty, Flex, Skeleton, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Family, Person, PersonUnmasked, Relation, Situation } from '../../../api/registry';
import { useApiGet } from '../../../api/useApiGet';
import { useAccess } from '../../../auth/access';
import { LoadProblem } from '../../../components/LoadProblem';
import { useIsPhone } from '../../../hooks/useIsPhone';
import { PersonContactDialog } from './PersonContactDialog';
import { maskedFields } from './personContact';
import type { Revealed } from './personContact';
import { RelationCard } from './RelationCard';
import { LinkRequestCard } from './LinkRequestCard';
import { AddRelationDialog, EndRelationDialog } from './RelationDialogs';
import { AddSituationDialog, EndSituationDialog } from './SituationDialogs';
import '../../../i18n/childTabs.zh-CN';
import '../../../i18n/personLinks.zh-CN';

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
  const [editingContact, setEditingContact] = useState<Person | null>(null);
  // Full values shown on request, per person; kept in this component only, so they are gone on leaving.
  const [revealed, setRevealed] = useState<Record<string, Revealed>>({});
  const phone = useIsPhone();
  const { can } = useAccess();
  const canUnmask = can('children:unmask');

  const done = () => {
    family.reload();
    onChanged();
  };

  const reveal = async (person: Person) => {
    const answers = await Promise.all(
      maskedFields(person).map((field) =>
        api.post<PersonUnmasked>(`/api/children/${childId}/persons/${person.id}/unmask`, { field }),
      ),
    );
    const values: Revealed = {};
    for (const answer of answers) values[answer.field] = answer.value;
    setRevealed((all) => ({ ...all, [person.id]: values }));
  };
  const hide = (personId: string) =>
    setRevealed((all) => Object.fromEntries(Object.entries(all).filter(([id]) => id !== personId)));

  if (family.error !== undefined) return <LoadProblem error={family.error} />;
  if (!family.data) return <Skeleton active />;
  const active = family.data.relations.filter((r) => r.active);
  const ended = family.data.relations.filter((r) => !r.active);

  const card = (relation: Relation) => (
    <RelationCard
      key={relation.id}
      relation={relation}
      canEdit={canEdit && relation.active}
      canUnmask={canUnmask}
      revealed={revealed[relation.person.id]}
      onReveal={() => reveal(relation.person)}
      onHide={() => hide(relation.person.id)}
      onEditContact={() => setEditingContact(relation.person)}
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
      {family.data.linkRequests.length > 0 && <Divider orientation="left">{t('personLinks.familySection')}</Divider>}
      {family.data.linkRequests.map((link) => (
        <LinkRequestCard key={link.id} link={link} canCancel={canEdit} onChanged={done} />
      ))}
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
      <PersonContactDialog
        childId={childId}
        person={editingContact}
        revealed={editingContact ? revealed[editingContact.id] : undefined}
        onClose={() => setEditingContact(null)}
        onDone={(updated) => {
          setEditingContact(null);
          // The stored values changed: show them masked again until asked.
          hide(updated.id);
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
