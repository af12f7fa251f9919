// Every rule failure carries a stable code for clients plus a message in each supported locale.
export type Locale = 'zh-CN' | 'en';

export interface RuleViolation {
  code: string;
  message: string;
  messageEn: string;
}
