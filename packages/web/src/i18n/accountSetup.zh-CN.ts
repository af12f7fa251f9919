// The first sign-in's own pages: changing the password and enrolling the authenticator. Chinese source keys.
import { chineseTexts } from './pageTexts';

const accountSetupZh = chineseTexts({
  password: {
    title: '修改密码',
    intro: '首次登录或密码已过期，请先设置新密码。',
    current: '当前密码',
    next: '新密码',
    confirm: '确认新密码',
    currentRequired: '请输入当前密码',
    nextRequired: '请输入新密码',
    mismatch: '两次输入的新密码不一致',
    rulesTitle: '新密码要求',
    ruleLength: '至少 {{min}} 个字符',
    ruleClasses: '包含小写字母、大写字母、数字、符号中的至少 3 类',
    ruleUsername: '不包含用户名',
    ruleCommon: '不是常见密码（常用词、城市名、键盘顺序、重复字符，加数字或符号也不行）',
    submit: '修改密码',
    changed: '密码已修改',
  },
  totp: {
    title: '绑定动态验证码',
    intro: '为保护儿童信息，您的账号需要开启双重验证。请用手机上的验证器应用扫描下方二维码。',
    qrLabel: '验证器二维码',
    secret: '无法扫码时，可手动输入密钥',
    code: '验证器显示的 6 位数字',
    codeRequired: '请输入 6 位数字验证码',
    submit: '完成绑定',
    enabled: '双重验证已开启',
  },
});

export default accountSetupZh;
