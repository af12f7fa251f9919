// The township supervisor's villages at a glance (home page). Chinese source keys.
import { chineseTexts } from './pageTexts';

const villagesZh = chineseTexts({
  villages: {
    title: '各村（社区）概况',
    summary: '{{villages}} 个村（社区） · 在册儿童 {{children}} 名 · 滞后档案 {{behind}} 份',
    hint: '滞后档案：未录入家庭成员、无现任监护人或父母、可能符合保障条件未认定、疑似重复或转移未决。滞后多的村排在前面。',
    village: '村（社区）',
    children: '在册儿童',
    categories: '保障类别',
    openTasks: '待办',
    behind: '滞后档案',
    none: '—',
    showEmpty: '另有 {{count}} 个村（社区）暂无在册儿童',
    incoming: '待接收转入 {{count}}',
    reason: {
      noFamily: '未录入家庭成员',
      noGuardian: '无现任监护人或父母',
      unreviewed: '可能符合条件未认定',
      duplicate: '疑似重复',
      transferring: '转移未决',
    },
    openList: '查看名单',
  },
});

export default villagesZh;
