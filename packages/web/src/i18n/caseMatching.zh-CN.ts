// Matching a case to the child's registry file: suggestions, linking, and a new file made from the case.
import { chineseTexts } from './pageTexts';

const caseMatchingZh = chineseTexts({
  caseMatching: {
    title: '可能是本案儿童的在册档案',
    hint: '按姓名、所在地、性别和年龄从您可查阅的档案中推荐，请核对后关联。',
    none: '辖区档案中没有找到同名或姓名相近的儿童。',
    link: '关联此档案',
    linked: '已关联儿童档案',
    open: '查看档案',
    create: '新建儿童档案',
    createHint: '都不是本案儿童？可按本案信息新建档案，保存后自动关联到本案。',
    age: '{{count}} 岁',
    noId: '无身份证号',
    sex: { M: '男', F: '女' },
    fromCase: '本档案按个案信息新建，保存后将关联到该个案并返回个案工作台。',
    linkFailed: '档案已建立，但关联个案失败：{{reason}}。请在个案工作台中关联。',
  },
});

export default caseMatchingZh;
