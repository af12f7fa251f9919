// The menu's icons, drawn by the layout only (the route table names them): their SVG is not part of the first
// download, which the sign-in page shares with the route table.
import type { ReactNode } from 'react';
import {
  AlertOutlined,
  AuditOutlined,
  CalendarOutlined,
  CarOutlined,
  FileDoneOutlined,
  HeartOutlined,
  HomeOutlined,
  MoneyCollectOutlined,
  SafetyOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { MenuEntry, MenuIconName } from '../routes';

const MENU_ICONS: Record<MenuIconName, ReactNode> = {
  home: <HomeOutlined />,
  registry: <TeamOutlined />,
  admin: <SettingOutlined />,
  security: <SafetyOutlined />,
  visiting: <CarOutlined />,
  applications: <FileDoneOutlined />,
  leftBehind: <HeartOutlined />,
  allowances: <MoneyCollectOutlined />,
  protection: <AlertOutlined />,
  calendar: <CalendarOutlined />,
  audit: <AuditOutlined />,
};

export interface DrawnMenuEntry extends Omit<MenuEntry, 'icon' | 'children'> {
  icon?: ReactNode;
  children?: DrawnMenuEntry[];
}

/** The menu with each named icon drawn, as the layout's menu takes it. */
export function withIcons(entries: MenuEntry[]): DrawnMenuEntry[] {
  return entries.map(({ icon, children, ...entry }) => ({
    ...entry,
    icon: icon ? MENU_ICONS[icon] : undefined,
    children: children ? withIcons(children) : undefined,
  }));
}
