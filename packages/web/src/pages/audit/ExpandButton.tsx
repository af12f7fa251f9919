// The row expander of the audit tables: a 44 px target, since antd's own icon is 17 px and hard to hit on a phone.
import { DownOutlined, RightOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '../../i18n/auditTrail.zh-CN';

export const TOUCH = { minWidth: 44, minHeight: 44 } as const;

export function ExpandButton<T>(props: {
  expanded: boolean;
  record: T;
  onExpand: (record: T, event: MouseEvent<HTMLElement>) => void;
}) {
  const { t } = useTranslation();
  return (
    <Button
      type="text"
      style={TOUCH}
      aria-expanded={props.expanded}
      aria-label={props.expanded ? t('auditTrail.collapse') : t('auditTrail.expand')}
      data-testid="audit-expand"
      icon={props.expanded ? <DownOutlined /> : <RightOutlined />}
      onClick={(event) => {
        event.stopPropagation();
        props.onExpand(props.record, event);
      }}
    />
  );
}
