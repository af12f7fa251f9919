// The children list's columns and values, and the division picker. Chinese source keys.
import { chineseTexts } from './pageTexts';

const childrenZh = chineseTexts({
  children: {
    title: '儿童名册',
    name: '姓名',
    sex: '性别',
    birthDate: '出生日期',
    idNumber: '身份证号',
    division: '所属村（社区）',
    township: '乡镇（街道）',
    age: '年龄',
    ageValue: '{{count}} 岁',
    status: '状态',
    search: '搜索姓名、身份证号或其末 4 位',
    filterDivision: '按地区筛选',
    count: '共 {{count}} 名儿童',
    empty: '没有符合条件的儿童',
    sexValue: {
      M: '男',
      F: '女',
    },
    statusValue: {
      active: '在册',
      terminated: '已终止',
      transferred: '已转出',
      archived: '已归档',
    },
  },
  division: {
    label: '地区',
    placeholder: '选择地区',
    search: '搜索地区名称或代码',
    noResult: '未找到地区',
    placeholderSearch: '选择地区，或输入名称、代码查找',
    searching: '正在查找…',
  },
});

export default childrenZh;
