// The top of a child's file: who the child is at a glance. The full ID number is fetched only on
// request (audited on the server) and kept in this component's state, so it is gone after navigation.
import { useState } from 'react';
import type { ReactNode } from 'react';
import { App, Button, Card, Flex, Space, Tooltip, Typography } from 'antd';
import { EyeOutlined, ManOutlined, WomanOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ageOn } from '@hehu/domain';
import dayjs from 'dayjs';
import { api, errorText } from '../../../api/client';
import type { ChildFile } from '../../../api/registry';
import { CategoryTags, ChildStatusTag, monospace } from '../childFormat';
import '../../../i18n/childFile.zh-CN';
import '../../../i18n/children.zh-CN';

export function FileHeader({ child, extra, photo }: { child: ChildFile; extra?: ReactNode; photo?: ReactNode }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [fullId, setFullId] = useState<string | null>(null);
  const [unmasking, setUnmasking] = useState(false);
  const age = ageOn(child.birthDate, dayjs().format('YYYY-MM-DD'));

  const unmask = async () => {
    setUnmasking(true);
    try {
      const answer = await api.post<{ field: string; value: string | null }>(`/api/children/${child.id}/unmask`, {
        field: 'idNumber',
      });
      setFullId(answer.value);
    } catch (caught) {
      message.error(errorText(caught));
    } finally {
      setUnmasking(false);
    }
  };

  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid="child-file-header">
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        {/* The photo beside the facts, also on a phone: it is small enough, and it is who the file is about. */}
        <Flex align="flex-start" gap={12} style={{ minWidth: 0, flex: '1 1 260px' }}>
          {photo}
          <Flex vertical gap={4} style={{ minWidth: 0, flex: '1 1 auto' }}>
            <Flex align="center" gap={8} wrap>
              <Typography.Title level={4} style={{ margin: 0 }} data-testid="child-file-name">
                {child.name}
              </Typography.Title>
              {child.sex === 'M' ? (
                <ManOutlined style={{ color: '#1677ff' }} aria-hidden />
              ) : (
                <WomanOutlined style={{ color: '#eb2f96' }} aria-hidden />
              )}
              <Typography.Text>
                {t(`children.sexValue.${child.sex}`)} · {t('childFile.ageValue', { count: age })} · {child.birthDate}
              </Typography.Text>
              <ChildStatusTag status={child.status} />
            </Flex>
            <Space size={4} wrap>
              <Typography.Text type="secondary">{t('fields.idNumber')}</Typography.Text>
              <Typography.Text style={monospace} className="hehu-break" data-testid="child-id-number">
                {fullId ?? child.idNumberMasked ?? t('common.empty')}
              </Typography.Text>
              {child.canUnmask && child.idNumberMasked && fullId === null && (
                <Tooltip title={t('childFile.unmaskAudited')}>
                  <Button
                    size="small"
                    type="link"
                    icon={<EyeOutlined />}
                    loading={unmasking}
                    onClick={() => void unmask()}
                  >
                    {t('childFile.show')}
                  </Button>
                </Tooltip>
              )}
            </Space>
            <Typography.Text type="secondary" className="hehu-break">
              {child.divisionPath || child.divisionName}
            </Typography.Text>
            {child.categories.length > 0 ? (
              <CategoryTags codes={child.categories} />
            ) : (
              <Typography.Text type="secondary">{t('childFile.noCategory')}</Typography.Text>
            )}
          </Flex>
        </Flex>
        {extra}
      </Flex>
    </Card>
  );
}
