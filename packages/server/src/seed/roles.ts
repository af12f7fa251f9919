// Built-in roles for every actor in the plan. Seeded as data; custom roles are added by the security administrator.
import type { Permission } from '../platform/permissions.ts';

export interface RoleSeed {
  code: string;
  name: string;
  nameEn: string;
  description: string;
  scopeKind: 'division' | 'institution' | 'partner' | 'none';
  permissions: Permission[];
}

const caseWork: Permission[] = ['divisions:read', 'tasks:read', 'children:read'];

export const BUILT_IN_ROLES: readonly RoleSeed[] = [
  {
    code: 'city_director',
    name: '市民政局领导',
    nameEn: 'City bureau director',
    description: '全市儿童福利工作的统筹与监督',
    scopeKind: 'division',
    permissions: [...caseWork, 'children:export', 'allowances:read', 'cases:stats'],
  },
  {
    code: 'city_officer',
    name: '市民政局经办人员',
    nameEn: 'City bureau officer',
    description: '全市儿童档案与业务的经办，维护工作日历',
    scopeKind: 'division',
    permissions: [
      ...caseWork,
      'children:write',
      'children:export',
      'categories:record',
      'applications:file',
      'rules:manage',
      'allowances:read',
      'cases:read',
      'cases:supervise',
      'cases:stats',
    ],
  },
  {
    code: 'county_officer',
    name: '县级民政局经办人员',
    nameEn: 'County bureau officer',
    description: '本县（市、区）儿童档案、审核与发放的经办',
    scopeKind: 'division',
    permissions: [
      ...caseWork,
      'children:write',
      'children:export',
      'categories:record',
      'applications:file',
      'applications:approve',
      'visits:record',
      'allowances:read',
      'allowances:prepare',
      'cases:intake',
      'cases:read',
      'cases:work',
      'cases:supervise',
      'cases:stats',
    ],
  },
  {
    code: 'county_approver',
    name: '县级民政局审批人员',
    nameEn: 'County bureau approver',
    description: '本县（市、区）申请与发放名册的审批',
    scopeKind: 'division',
    permissions: [
      ...caseWork,
      'children:unmask',
      'children:export',
      'categories:record',
      'applications:approve',
      'allowances:read',
      'allowances:approve',
    ],
  },
  {
    code: 'township_supervisor',
    name: '乡镇（街道）儿童督导员',
    nameEn: 'Township child supervisor',
    description: '本乡镇（街道）儿童工作的督导与审核',
    scopeKind: 'division',
    permissions: [
      ...caseWork,
      'children:write',
      'children:unmask',
      'children:export',
      'applications:file',
      'applications:verify',
      'visits:record',
      'allowances:read',
      'cases:intake',
    ],
  },
  {
    code: 'village_director',
    name: '村（居）儿童主任',
    nameEn: 'Village child director',
    description: '本村（社区）儿童的建档、走访与关爱',
    scopeKind: 'division',
    permissions: [...caseWork, 'children:write', 'applications:file', 'visits:record', 'cases:intake'],
  },
  {
    code: 'protection_worker',
    name: '未成年人救助保护机构工作人员',
    nameEn: 'Minor protection centre case worker',
    description: '本机构安置与个案处置',
    scopeKind: 'institution',
    permissions: [...caseWork, 'cases:intake', 'cases:read', 'cases:work'],
  },
  {
    code: 'welfare_staff',
    name: '儿童福利院工作人员',
    nameEn: 'Child welfare institution staff',
    description: '本院集中养育儿童的档案',
    scopeKind: 'institution',
    permissions: [...caseWork, 'children:write', 'visits:record'],
  },
  {
    code: 'hotline_operator',
    name: '12345 热线话务员',
    nameEn: '12345 hotline operator',
    description: '受理与转办涉未成年人求助和报告（不查阅儿童档案）',
    scopeKind: 'division',
    permissions: ['divisions:read', 'tasks:read', 'cases:intake'],
  },
  {
    code: 'partner_officer',
    name: '协作单位联络人',
    nameEn: 'Partner unit liaison',
    description: '公安、教育、卫健等部门和社会组织：只接收并反馈转介给本单位的事项',
    scopeKind: 'partner',
    permissions: ['tasks:read', 'cases:referral'],
  },
  {
    code: 'mandatory_reporter',
    name: '强制报告单位报告人',
    nameEn: 'Mandatory reporter',
    description: '学校、医院等单位：提交强制报告，查看本人报告的受理与办结情况',
    scopeKind: 'partner',
    permissions: ['tasks:read', 'cases:report'],
  },
  {
    code: 'sys_admin',
    name: '系统管理员',
    nameEn: 'System administrator',
    description: '只管理用户账号，不能查阅儿童数据和审计日志',
    scopeKind: 'none',
    permissions: ['users:manage', 'tasks:read'],
  },
  {
    code: 'sec_admin',
    name: '安全管理员',
    nameEn: 'Security administrator',
    description: '只管理角色、授权和安全策略',
    scopeKind: 'none',
    permissions: ['roles:manage', 'policy:manage', 'divisions:read', 'tasks:read'],
  },
  {
    code: 'audit_admin',
    name: '审计管理员',
    nameEn: 'Audit administrator',
    description: '只查阅审计日志',
    scopeKind: 'none',
    permissions: ['audit:read', 'tasks:read'],
  },
];
