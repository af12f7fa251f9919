// A page area's Chinese texts are added to i18next when their file is first imported, by the modules that show
// them, so they arrive with the page's own code. The sign-in page's first download then carries only the shell's
// texts (zh-CN.ts); on a weak network every kilobyte before the form can be used counts. pageTexts.test.ts checks
// that every module naming an area's key imports that area's file, and that the entry imports none of them.
import i18n from 'i18next';

const waiting: object[] = [];

function add(texts: object): void {
  i18n.addResourceBundle('zh-CN', 'translation', texts, true, false);
}

/** Registers an area's Chinese texts (now, or once i18next has started) and returns them unchanged. */
export function chineseTexts<T extends object>(texts: T): T {
  if (i18n.isInitialized) add(texts);
  else waiting.push(texts);
  return texts;
}

/** Called once i18next has started: texts of any area imported before that. */
export function addWaitingTexts(): void {
  for (const texts of waiting.splice(0)) add(texts);
}
