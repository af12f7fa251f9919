import type homeZh from './home.zh-CN';

const homeEn: typeof homeZh = {
  home: {
    title: 'My tasks',
    empty: 'Nothing to do',
    emptyHint: 'Tasks that need you will show up here.',
    due: 'Due {{date}}',
    overdue: 'Overdue',
    dueToday: 'Due today',
    open: 'Open',
    severity: {
      info: 'Info',
      warning: 'Attention',
      danger: 'Urgent',
    },
  },
};

export default homeEn;
