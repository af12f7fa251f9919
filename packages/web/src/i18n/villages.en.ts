import type villagesZh from './villages.zh-CN';

const villagesEn: typeof villagesZh = {
  villages: {
    title: 'Villages at a glance',
    summary: '{{villages}} villages · {{children}} children · {{behind}} files behind',
    hint: 'A file is behind when no family is recorded, there is no current guardian or parent, the child may qualify for a category not yet decided, it is a suspected duplicate, or a transfer is pending. Villages with most files behind come first.',
    village: 'Village',
    children: 'Children',
    categories: 'Categories',
    openTasks: 'Open tasks',
    behind: 'Files behind',
    none: '—',
    showEmpty: '{{count}} more villages have no children registered',
    incoming: '{{count}} transfers to accept',
    reason: {
      noFamily: 'no family recorded',
      noGuardian: 'no current guardian or parent',
      unreviewed: 'may qualify, not decided',
      duplicate: 'suspected duplicate',
      transferring: 'transfer pending',
    },
    openList: 'Open the list',
  },
};

export default villagesEn;
