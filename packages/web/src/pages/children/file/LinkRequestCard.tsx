// A request to link a person another area holds, as the requesting child's file shows it: only what this side
// typed, until that area confirms (then the person appears among the relations) or rejects with a reason.
import { useState } from 'react';
import { App, Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, errorText } from '../../../api/client';
import type { LinkRequest } from '../../../api/registry';
import { LINK_STATUS_COLOUR } from '../../links/linkStatus';
import '../../../i18n/childTabs.zh-CN';
import '../../../i18n/personLinks.zh-CN';

interface Props {
  link: LinkRequest;
  canCancel: boolean;
  onChanged: () => void;
}

export function LinkRequestCard({ link, canCancel, onChanged }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);
  const cancel = () => {
    modal.confirm({
      title: t('personLinks.cancelTitle', { typed: link.typed.name }),
      okButtonProps: { danger: true },
      okText: t('personLinks.cancel'),
      onOk: async () => {
        setBusy(true);
        try {
          await api.post(`/api/person-links/${link.id}/cancel`, {});
          onChanged();
        } catch (caught) {
          message.error(errorText(caught));
        } finally {
          setBusy(false);
        }
      },
    });
  };
  const facts = [
    link.typed.idNumberMasked,
    link.typed.phoneMasked,
    link.typed.addressMasked,
    link.typed.workPlace,
  ].filter((v) => v !== null);
  return (
    <Card size="small" data-testid="link-request">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text strong>
          {link.relationLabel ?? t(`family.kindValue.${link.kind}`)}：{link.typed.name}
        </Typography.Text>
        <Tag color={LINK_STATUS_COLOUR[link.status]}>{t(`personLinks.statusValue.${link.status}`)}</Tag>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }} className="hehu-break">
        {facts.join(' · ')}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ margin: 0 }}>
        {link.status === 'rejected'
          ? t('personLinks.rejectedBecause', { note: link.decisionNote ?? '—' })
          : t('personLinks.waiting')}
      </Typography.Paragraph>
      {canCancel && link.status === 'pending' && (
        <Button size="small" danger loading={busy} onClick={cancel} style={{ marginTop: 8 }}>
          {t('personLinks.cancel')}
        </Button>
      )}
    </Card>
  );
}
