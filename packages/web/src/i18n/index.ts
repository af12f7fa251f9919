// i18next set-up: Chinese by default, the user's choice remembered in localStorage.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from 'antd/es/locale';
import zhCN from './zh-CN';
import { addWaitingTexts } from './pageTexts';

export type Language = 'zh-CN' | 'en';
const STORAGE_KEY = 'hehu.language';

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

function applyLanguage(lang: Language): void {
  document.documentElement.lang = lang;
  document.title = i18n.t('app.title');
}

/** antd's English texts, once English has been loaded (main.tsx passes them to ConfigProvider). */
export let antdEnglish: Locale | undefined;

/**
 * English is fetched when chosen, so the first screen carries one language (on a weak network every kilobyte
 * counts before the sign-in form can be used).
 */
async function loadEnglish(): Promise<void> {
  if (i18n.hasResourceBundle('en', 'translation')) return;
  const [messages, antd] = await Promise.all([import('./en'), import('antd/es/locale/en_US')]);
  antdEnglish = antd.default;
  i18n.addResourceBundle('en', 'translation', messages.default);
}

// The shell's Chinese is bundled, so initialise synchronously: the first render already has its strings. A page
// area's texts are added when its modules load (pageTexts.ts).
void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN } },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  initAsync: false,
  interpolation: { escapeValue: false },
  // A key without a text (an area's file not imported by the module that shows it) would show as the key
  // itself: say so in the console, where the browser tests look. A key given a default is allowed to miss.
  saveMissing: true,
  missingKeyHandler: (_languages, _namespace, key, _fallback, _update, options: { defaultValue?: unknown }) => {
    if (options.defaultValue === undefined) console.error(`i18n: no text for ${key}`);
  },
});
addWaitingTexts();
applyLanguage('zh-CN');
if (storedLanguage() === 'en') void setLanguage('en');

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

export async function setLanguage(lang: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  if (lang === 'en') await loadEnglish();
  await i18n.changeLanguage(lang);
  applyLanguage(lang);
}

export default i18n;
