// Dates (dayjs, and antd's pickers through it) follow the chosen language. Imported by the signed-in frame: the
// sign-in page shows no dates, so dayjs is not part of its download.
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import i18n from 'i18next';

const follow = (language: string) => dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
follow(i18n.language);
i18n.on('languageChanged', follow);
