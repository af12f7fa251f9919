// One referral as its partner sees it (never the rest of the case): accept it, decline it with a reason, or
// report the result. Each answer carries the referral's version; a stale one reloads.
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Descriptions, Flex, Form, Input, Skeleton, Typography } from 'antd';
import { ArrowLeftOutlined, CheckOutlined, CloseOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError, api, errorText } from '../../api/client';
import { useApiGet } from '../../api/useApiGet';
import { FormDialog } from '../../components/FormDialog';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import { ReferralStatusTag, TierTag, useAt } from './caseFormat';
import type { Referral } from './types';
import '../../i18n/cases.zh-CN';

type Decision = 'decline' | 'answer';

export default function ReferralPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const phone = useIsPhone();
  const at = useAt();
  const loaded = useApiGet<Referral>(`/api/referrals/${encodeURIComponent(id)}`);
  const referral = loaded.data?.id === id ? loaded.data : undefined;
  const [dialog, setDialog] = useState<Decision | null>(null);
  const [accepting, setAccepting] = useState(false);
  const style = phone ? { minHeight: 44 } : undefined;

  const answer = async (decision: 'accept' | Decision, text: string) => {
    if (!referral) return;
    try {
      await api.post<Referral>(`/api/referrals/${referral.id}/answer`, { decision, text, version: referral.version });
      loaded.reload();
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) loaded.reload();
      throw caught;
    }
  };

  const accept = async () => {
    setAccepting(true);
    try {
      await answer('accept', '');
      void message.success(t('cases.inbox.accepted'));
    } catch (caught) {
      void message.error(errorText(caught));
    } finally {
      setAccepting(false);
    }
  };

  const open = referral && (referral.status === 'sent' || referral.status === 'accepted');
  return (
    <PageContainer
      className="hehu-page"
      title={referral ? `${t('menu.referral')} ${referral.receiptNo}` : t('menu.referral')}
      tags={
        referral ? (
          <Flex gap={4}>
            <TierTag tier={referral.tier} />
            <ReferralStatusTag status={referral.status} />
          </Flex>
        ) : undefined
      }
      extra={
        <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/referrals')} style={style}>
          {t('cases.inbox.back')}
        </Button>
      }
    >
      {loaded.error !== undefined && !referral ? (
        <LoadProblem error={loaded.error} />
      ) : !referral ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={12} data-testid="referral-detail">
          {open && (
            <Flex wrap gap={8}>
              {referral.status === 'sent' && (
                <Button
                  type="primary"
                  icon={<CheckOutlined />}
                  loading={accepting}
                  onClick={() => void accept()}
                  data-testid="referral-accept"
                  style={style}
                >
                  {t('cases.inbox.accept')}
                </Button>
              )}
              <Button
                type={referral.status === 'accepted' ? 'primary' : 'default'}
                icon={<SendOutlined />}
                onClick={() => setDialog('answer')}
                data-testid="referral-answer"
                style={style}
              >
                {t('cases.inbox.answer')}
              </Button>
              {referral.status === 'sent' && (
                <Button
                  danger
                  icon={<CloseOutlined />}
                  onClick={() => setDialog('decline')}
                  data-testid="referral-decline"
                  style={style}
                >
                  {t('cases.inbox.decline')}
                </Button>
              )}
            </Flex>
          )}
          <Card size="small">
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2 }}
              items={[
                {
                  key: 'child',
                  label: t('cases.inbox.child'),
                  children:
                    referral.childAge === null
                      ? referral.childName
                      : `${referral.childName} · ${t('cases.ageValue', { age: referral.childAge })}`,
                },
                { key: 'location', label: t('cases.inbox.location'), children: referral.location || '—' },
                { key: 'sentBy', label: t('cases.inbox.sentBy'), children: referral.sentBy },
                { key: 'sentAt', label: t('cases.inbox.sentAt'), children: at(referral.sentAt) },
                {
                  key: 'due',
                  label: t('cases.inbox.dueOn'),
                  children: (
                    <Typography.Text type={referral.overdue ? 'danger' : undefined}>
                      {referral.dueOn}
                      {referral.overdue && ` · ${t('cases.referrals.overdue')}`}
                    </Typography.Text>
                  ),
                },
                {
                  key: 'request',
                  label: t('cases.inbox.request'),
                  span: 'filled',
                  children: <span style={{ whiteSpace: 'pre-wrap' }}>{referral.request}</span>,
                },
                ...(referral.response
                  ? [
                      {
                        key: 'response',
                        label: t('cases.inbox.response'),
                        span: 'filled' as const,
                        children: (
                          <span style={{ whiteSpace: 'pre-wrap' }} data-testid="referral-response">
                            {referral.response}
                          </span>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </Flex>
      )}
      <FormDialog<{ text: string }>
        open={dialog !== null}
        title={dialog === 'decline' ? t('cases.inbox.declineTitle') : t('cases.inbox.answerTitle')}
        okText={dialog === 'decline' ? t('cases.inbox.decline') : t('cases.inbox.answer')}
        danger={dialog === 'decline'}
        onCancel={() => setDialog(null)}
        doneText={t('common.done')}
        testId="referral-answer-form"
        onSubmit={async ({ text }) => {
          if (!dialog) return;
          await answer(dialog, text.trim());
          setDialog(null);
        }}
      >
        <Form.Item
          name="text"
          label={dialog === 'decline' ? t('cases.inbox.declineReason') : t('cases.inbox.answerText')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: dialog === 'decline' ? t('cases.inbox.declineRequired') : t('cases.inbox.answerRequired'),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 4 }} maxLength={2000} showCount />
        </Form.Item>
      </FormDialog>
    </PageContainer>
  );
}
