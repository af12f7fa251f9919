// Every action the audit trail records, with what it means in words: the audit administrator reads these, not
// codes. `writeAudit` takes only these names, so a new action cannot be written without its label.
export const AUDIT_ACTIONS = {
  'access.refused': { zh: '越权访问被拒绝', en: 'Access refused' },
  'admin_request.collect_password': { zh: '领取一次性密码', en: 'One-time password collected' },
  'admin_request.create': { zh: '提出需审批的账号操作', en: 'Account request made' },
  'admin_request.approve': { zh: '批准账号操作申请', en: 'Account request approved' },
  'admin_request.reject': { zh: '驳回账号操作申请', en: 'Account request rejected' },
  'audit.search': { zh: '查询审计日志', en: 'Audit trail searched' },
  'audit.verify': { zh: '校验审计日志完整性', en: 'Audit chain verified' },
  'auth.login': { zh: '登录', en: 'Sign-in' },
  'auth.logout': { zh: '退出登录', en: 'Sign-out' },
  'auth.password_change': { zh: '修改密码', en: 'Password changed' },
  'auth.totp_disable': { zh: '停用动态验证码', en: 'Authenticator removed' },
  'auth.totp_enable': { zh: '启用动态验证码', en: 'Authenticator enabled' },
  'auth.totp_setup': { zh: '设置动态验证码', en: 'Authenticator set up' },
  'category.end': { zh: '终止保障类别', en: 'Category ended' },
  'category.record': { zh: '认定保障类别', en: 'Category recorded' },
  'category_rules.publish': { zh: '发布保障认定规则', en: 'Category rules published' },
  'child.archive': { zh: '档案归档', en: 'File archived' },
  'child.categories.read': { zh: '查看保障类别', en: 'Categories viewed' },
  'child.create': { zh: '新建儿童档案', en: 'Child file created' },
  'child.documents.read': { zh: '查看材料清单', en: 'Documents listed' },
  'child.export': { zh: '导出儿童名册', en: 'Children exported' },
  'child.family.read': { zh: '查看家庭成员', en: 'Family viewed' },
  'child.history.read': { zh: '查看变更记录', en: 'History viewed' },
  'child.import': { zh: '批量导入儿童档案', en: 'Ledger imported' },
  'child.import_check': { zh: '台账导入预检', en: 'Ledger checked' },
  'child.photo.set': { zh: '设置儿童照片', en: 'Photo set' },
  'child.photo.view': { zh: '查看儿童照片', en: 'Photo viewed' },
  'child.potentially_eligible': { zh: '查看主动发现名单', en: 'Potentially eligible list viewed' },
  'child.read': { zh: '查看儿童档案', en: 'Child file viewed' },
  'child.search': { zh: '查询儿童名册', en: 'Children searched' },
  'child.terminate': { zh: '终止档案', en: 'File terminated' },
  'child.transfer_accept': { zh: '接收转入', en: 'Transfer accepted' },
  'child.transfer_cancel': { zh: '撤回转移申请', en: 'Transfer cancelled' },
  'child.transfer_reject': { zh: '退回转移申请', en: 'Transfer rejected' },
  'child.transfer_request': { zh: '提出转移申请', en: 'Transfer requested' },
  'child.unmask': { zh: '查看完整敏感信息', en: 'Sensitive field unmasked' },
  'child.update': { zh: '修改儿童档案', en: 'Child file edited' },
  'demo.seed': { zh: '生成演示数据', en: 'Demo data generated' },
  'document.download': { zh: '查看或下载材料原件', en: 'Document opened' },
  'document.upload': { zh: '上传材料', en: 'Document uploaded' },
  'duplicate.dismiss': { zh: '标记为非重复', en: 'Duplicate dismissed' },
  'duplicate.merge': { zh: '合并重复档案', en: 'Duplicate files merged' },
  'duplicate.scan': { zh: '扫描疑似重复', en: 'Duplicates scanned' },
  'family.link_cancel': { zh: '撤回人员关联申请', en: 'Person link cancelled' },
  'family.link_confirm': { zh: '确认人员关联申请', en: 'Person link confirmed' },
  'family.link_reject': { zh: '拒绝人员关联申请', en: 'Person link rejected' },
  'family.link_request': { zh: '提出人员关联申请', en: 'Person link requested' },
  'family.person_update': { zh: '修改家庭成员信息', en: 'Family member edited' },
  'family.relation_add': { zh: '添加家庭成员', en: 'Family member added' },
  'family.relation_end': { zh: '结束家庭关系', en: 'Relation ended' },
  'family.situation_add': { zh: '登记家庭成员情况', en: 'Situation recorded' },
  'family.situation_end': { zh: '结束家庭成员情况', en: 'Situation ended' },
  'grant.add': { zh: '添加授权', en: 'Grant added' },
  'grant.remove': { zh: '撤销授权', en: 'Grant removed' },
  'person.unmask': { zh: '查看家庭成员完整信息', en: 'Family member unmasked' },
  'policy.update': { zh: '修改安全策略', en: 'Security policy changed' },
  'role.create': { zh: '新建角色', en: 'Role created' },
  'role.update': { zh: '修改角色', en: 'Role changed' },
  'security.alert_acknowledge': { zh: '确认安全告警', en: 'Security alert acknowledged' },
  'security.id_check_refused': { zh: '身份证号查询超出每日限额', en: 'ID-number check over the daily limit' },
  'security.id_lookup_limit': { zh: '身份证号查询频率受限', en: 'ID-number lookups limited' },
  'security.id_number_elsewhere': { zh: '身份证号已在其他地区登记', en: 'ID number held elsewhere' },
  'user.create': { zh: '新建账号', en: 'Account created' },
  'user.disable': { zh: '停用账号', en: 'Account disabled' },
  'user.enable': { zh: '启用账号', en: 'Account enabled' },
  'user.reset_password': { zh: '重置密码', en: 'Password reset' },
  'user.unlock': { zh: '解锁账号', en: 'Account unlocked' },
  'audit.child_lookup': { zh: '查找儿童的审计记录', en: 'Child looked up in the audit trail' },
  'audit.export': { zh: '导出审计日志', en: 'Audit trail exported' },
  'application.create': { zh: '发起保障申请', en: 'Application created' },
  'application.act': { zh: '办理保障申请', en: 'Application acted on' },
  'application.read': { zh: '查看保障申请', en: 'Application read' },
  'application.form': { zh: '打印保障申请审批表', en: 'Application form printed' },
  'application.list': { zh: '查询保障申请', en: 'Applications listed' },
  'child.eligibility.read': { zh: '查看资格核对结果', en: 'Eligibility check read' },
  'visit.record': { zh: '登记走访记录', en: 'Visit recorded' },
  'visit.photo': { zh: '上传走访照片', en: 'Visit photo uploaded' },
  'visit.list': { zh: '查看走访计划', en: 'Visit plan listed' },
  'visit.board': { zh: '查看走访进度汇总', en: 'Visit board read' },
  'child.visits.read': { zh: '查看儿童走访记录', en: "Child's visits read" },
  'care.read': { zh: '查看留守儿童关爱记录', en: 'Care record read' },
  'care.save': { zh: '保存留守儿童关爱记录', en: 'Care record saved' },
  'calendar.save': { zh: '保存工作日历（节假日与调休）', en: 'Working-day calendar saved' },
  'care.contact': { zh: '登记父母联系', en: 'Parent contact recorded' },
  'care.list': { zh: '查看留守儿童关爱名单', en: 'Left-behind care list read' },
  'care.signing': { zh: '查看委托照护协议签订率', en: 'Signing rates read' },
  'risk.assess': { zh: '登记监护风险评估', en: 'Risk assessment recorded' },
  'child.assessments.read': { zh: '查看监护风险评估', en: "Child's risk assessments read" },
  'protection.referral.open': { zh: '监护缺失，转介未成年人保护', en: 'Referred to minor protection' },
  'child.import_problems': { zh: '下载台账问题行', en: 'Ledger problem rows downloaded' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, value);
}

/** The action in words; an action from an older version keeps its code. */
export function auditActionLabel(action: string, locale: 'zh-CN' | 'en'): string {
  if (!isAuditAction(action)) return action;
  return locale === 'en' ? AUDIT_ACTIONS[action].en : AUDIT_ACTIONS[action].zh;
}

/** What an audit row is about, in words. */
export const AUDIT_TARGET_TYPES: Record<string, { zh: string; en: string }> = {
  child: { zh: '儿童档案', en: 'Child file' },
  user: { zh: '账号', en: 'Account' },
  role: { zh: '角色', en: 'Role' },
  person: { zh: '家庭成员', en: 'Family member' },
  duplicate: { zh: '疑似重复', en: 'Duplicate' },
  import: { zh: '台账导入', en: 'Ledger import' },
  setting: { zh: '系统设置', en: 'Setting' },
  visit: { zh: '走访记录', en: 'Visit' },
  security_alert: { zh: '安全告警', en: 'Security alert' },
  route: { zh: '接口', en: 'Route' },
};

/** The kind of object in words; an unknown kind keeps its code. */
export function auditTargetTypeLabel(type: string | null, locale: 'zh-CN' | 'en'): string | null {
  if (type === null) return null;
  const label = Object.hasOwn(AUDIT_TARGET_TYPES, type) ? AUDIT_TARGET_TYPES[type] : undefined;
  return label ? (locale === 'en' ? label.en : label.zh) : type;
}
