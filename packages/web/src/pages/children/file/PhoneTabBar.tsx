// The file's parts on a phone: all of them visible at once as thumb-sized buttons, two rows at most.
import { Button } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  items: { key: string; label: ReactNode }[];
  active: string;
  onPick: (key: string) => void;
}

export function PhoneTabBar({ items, active, onPick }: Props) {
  return (
    <div
      role="tablist"
      style={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 6, padding: '12px 0', marginBottom: 4 }}
    >
      {items.map((item) => (
        <Button
          key={item.key}
          role="tab"
          aria-selected={item.key === active}
          type={item.key === active ? 'primary' : 'default'}
          style={{ paddingInline: 2, minHeight: 44 }}
          onClick={() => onPick(item.key)}
        >
          {item.label}
        </Button>
      ))}
    </div>
  );
}
