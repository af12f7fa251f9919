// The working-day calendar page. Chinese source keys.
import { chineseTexts } from './pageTexts';

const calendarZh = chineseTexts({
  calendar: {
    title: '工作日历',
    intro:
      '审批期限按工作日计算：周末休息，下列法定节假日休息、调休上班日上班。国务院办公厅每年约 11 月公布下一年的节假日安排，公布后请在此录入。',
    missing: '{{year}} 年的工作日历尚未录入：跨入该年的办理期限无法计算，相关申请会提示“工作日历缺失”。',
    enterYear: '录入 {{year}} 年',
    holidays: '法定节假日（休息）',
    holidaysHint: '含节日当天及连休的周末，共 {{count}} 天',
    workdays: '调休上班日（周末上班）',
    workdaysHint: '只能是周六或周日，共 {{count}} 天',
    removeDate: '删除 {{date}}',
    addDate: '添加日期',
    source: '依据（通知名称与文号）',
    sourcePlaceholder: '例：国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕×号）',
    save: '保存 {{year}} 年',
    saved: '{{year}} 年工作日历已保存',
    changed: '该年工作日历已被他人修改，已重新载入，请核对后再保存',
    lastChange: '版本 {{version}}，{{name}} 于 {{at}} 修改',
    fromData: '版本 {{version}}，随系统数据提供',
    readOnly: '仅市级民政部门可修改工作日历',
    notWeekend: '{{date}} 不是周六或周日',
    duplicate: '{{date}} 已在列表中',
    otherList: '{{date}} 已列为{{list}}',
    empty: '尚无日期',
  },
});
export default calendarZh;
