// 资金监管: the roll's findings — blocking ones in red (to be corrected in the files, then the roll regenerated),
// warnings with a written note that the preparer saves (PUT …/note); approval waits for every note. When they were
// checked, and what has changed since (the server's words), come first.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, App, Button, Card, Empty, Flex, Input, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Finding, FindingList, RollView } from '../../api/allowances';
import { api, errorText } from '../../api/client';
import { useApiGet } from '../../api/useApiGet';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import '../../i18n/allowances.zh-CN';

function NoteBox({ rollId, finding, onSaved }: { rollId: string; finding: Finding; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const phone = useIsPhone();
  const [text, setText] = useState(finding.note ?? '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const save = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await api.put(`/api/allowances/rolls/${rollId}/findings/${finding.id}/note`, { note: text.trim() });
      void message.success(t('allowances.findings.noteSaved'));
      onSaved();
    } catch (caught) {
      setProblem(errorText(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex vertical gap={6} style={{ marginTop: 8 }}>
      <Input.TextArea
        aria-label={t('allowances.findings.note')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('allowances.findings.notePlaceholder')}
        autoSize={{ minRows: 2, maxRows: 5 }}
        maxLength={500}
        status={problem ? 'error' : undefined}
        data-testid="finding-note"
      />
      {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
      <Button
        onClick={() => void save()}
        loading={busy}
        disabled={text.trim().length < 2 || text.trim() === (finding.note ?? '')}
        style={{ alignSelf: 'flex-end', minHeight: phone ? 44 : undefined }}
        data-testid="finding-note-save"
      >
        {t('allowances.findings.saveNote')}
      </Button>
    </Flex>
  );
}

function FindingCard({
  rollId,
  finding,
  editable,
  onSaved,
}: {
  rollId: string;
  finding: Finding;
  editable: boolean;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const blocking = finding.severity === 'blocking';
  return (
    <Card
      size="small"
      data-testid={`finding-${finding.severity}`}
      style={{ borderInlineStart: `4px solid ${blocking ? '#ff4d4f' : '#faad14'}` }}
    >
      <Flex wrap gap={8} align="center" justify="space-between">
        <Flex wrap gap={6} align="center">
          <Tag color={blocking ? 'red' : 'gold'}>
            {blocking ? t('allowances.findings.blocking') : t('allowances.findings.warning')}
          </Tag>
          <Typography.Text strong type={blocking ? 'danger' : undefined}>
            {finding.checkName}
          </Typography.Text>
        </Flex>
        <Link
          to={`/children/${finding.childId}?tab=allowance`}
          style={{ minHeight: 32, display: 'inline-flex', alignItems: 'center' }}
        >
          {finding.childName}
        </Link>
      </Flex>
      <Typography.Paragraph style={{ margin: '6px 0 0' }}>{finding.message}</Typography.Paragraph>
      {!blocking &&
        (editable ? (
          <NoteBox rollId={rollId} finding={finding} onSaved={onSaved} />
        ) : finding.note ? (
          <Typography.Paragraph style={{ margin: '6px 0 0' }}>
            {t('allowances.findings.note')}：{finding.note}
          </Typography.Paragraph>
        ) : null)}
      {finding.note && finding.notedAt && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('allowances.findings.notedBy', {
            name: finding.notedBy ?? '—',
            at: new Date(finding.notedAt).toLocaleString(i18n.language),
          })}
        </Typography.Text>
      )}
    </Card>
  );
}

export function RollFindings({
  roll,
  editable,
  onChanged,
}: {
  roll: RollView;
  editable: boolean;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const findings = useApiGet<FindingList>(`/api/allowances/rolls/${roll.id}/findings`);
  if (findings.error !== undefined && !findings.data) return <LoadProblem error={findings.error} />;
  if (!findings.data) return <Skeleton active />;
  const rows = findings.data.data;
  const { checkedAt, changes } = roll.findingsCheck;
  // Findings read before the facts changed: said before the findings themselves, which may no longer hold.
  const when = (
    <>
      {changes.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="roll-findings-stale"
          message={t('allowances.findings.stale')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {changes.map((c) => (
                <li key={c.fact}>{c.text}</li>
              ))}
            </ul>
          }
        />
      )}
      {checkedAt && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('allowances.findings.checkedAt', { at: new Date(checkedAt).toLocaleString(i18n.language) })}
        </Typography.Text>
      )}
    </>
  );
  if (rows.length === 0)
    return (
      <Flex vertical gap={8}>
        {when}
        <Empty description={t('allowances.findings.none')} />
      </Flex>
    );
  const blocking = rows.filter((f) => f.severity === 'blocking');
  const warnings = rows.filter((f) => f.severity === 'warning');
  const saved = () => {
    findings.reload();
    onChanged();
  };
  return (
    <Flex vertical gap={8} data-testid="roll-findings-list">
      {when}
      {blocking.length > 0 && <Alert type="error" showIcon message={t('allowances.findings.blockingHint')} />}
      {blocking.map((f) => (
        <FindingCard key={f.id} rollId={roll.id} finding={f} editable={false} onSaved={saved} />
      ))}
      {roll.status === 'draft' && warnings.some((f) => !f.note) && (
        <Alert type="warning" showIcon message={t('allowances.findings.warningHint')} />
      )}
      {warnings.map((f) => (
        <FindingCard key={f.id} rollId={roll.id} finding={f} editable={editable} onSaved={saved} />
      ))}
    </Flex>
  );
}
