// The home page's task list. Chinese source keys.
import { chineseTexts } from './pageTexts';

const homeZh = chineseTexts({
  home: {
    title: '我的待办',
    empty: '暂无待办事项',
    emptyHint: '有需要您处理的事项时会显示在这里。',
    due: '截止 {{date}}',
    overdue: '已逾期',
    dueToday: '今天到期',
    open: '去处理',
    severity: {
      info: '提示',
      warning: '注意',
      danger: '紧急',
    },
  },
});

export default homeZh;
