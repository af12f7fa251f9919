import type childrenZh from './children.zh-CN';

const childrenEn: typeof childrenZh = {
  children: {
    title: 'Children',
    name: 'Name',
    sex: 'Sex',
    birthDate: 'Date of birth',
    idNumber: 'ID number',
    division: 'Village (community)',
    township: 'Township',
    age: 'Age',
    ageValue: '{{count}} yrs',
    status: 'Status',
    search: 'Search name, ID number or its last 4 characters',
    filterDivision: 'Filter by area',
    count: '{{count}} children',
    empty: 'No child matches',
    sexValue: {
      M: 'Male',
      F: 'Female',
    },
    statusValue: {
      active: 'Active',
      terminated: 'Terminated',
      transferred: 'Transferred',
      archived: 'Archived',
    },
  },
  division: {
    label: 'Area',
    placeholder: 'Choose an area',
    search: 'Search area name or code',
    noResult: 'No area found',
    placeholderSearch: 'Choose an area, or type a name or code',
    searching: 'Searching…',
  },
};

export default childrenEn;
