import '@ant-design/v5-patch-for-react-19';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { ConfigProvider, type ThemeConfig } from 'antd';
import zhCNLocale from 'antd/es/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { antdEnglish } from './i18n';
import './global.css';
import { useIsPhone } from './hooks/useIsPhone';
import { useReducedMotion } from './hooks/useReducedMotion';
import { router } from './router';

/**
 * antd's hint greys (45 % black, 3.4:1 on white) and its tags' and status texts' seventh shades (green 3.4:1)
 * are below the 4.5:1 that text needs (WCAG 1.4.3): darker values here, for every page at once. The tags'
 * backgrounds stay the palette's lightest shade. Measured by e2e/tests/accessibility.spec.ts.
 */
const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1677ff',
    borderRadius: 6,
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    colorSuccessText: '#237804',
    colorWarningText: '#975b00',
    colorErrorText: '#cf1322',
    green7: '#237804',
    orange7: '#ad4e00',
    gold7: '#975b00',
    volcano7: '#ad2102',
    cyan7: '#006d75',
    lime7: '#3f6600',
    yellow7: '#876800',
  },
};

/** The same theme without antd's animations (WCAG 2.3.3), for users whose system asks for reduced motion. */
const stillTheme: ThemeConfig = { ...theme, token: { ...theme.token, motion: false } };

function Root() {
  const { i18n } = useTranslation();
  const phone = useIsPhone();
  const reducedMotion = useReducedMotion();
  return (
    <ConfigProvider
      locale={i18n.language === 'en' && antdEnglish ? antdEnglish : zhCNLocale}
      // Thumbs on cheap phones need bigger targets than a mouse does.
      componentSize={phone ? 'large' : 'middle'}
      theme={reducedMotion ? stillTheme : theme}
    >
      {/* antd's App (messages, notifications, dialogs) is in the signed-in frame only: layout/SignedInFrame.tsx. */}
      <RouterProvider router={router} />
    </ConfigProvider>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('#root missing in index.html');
createRoot(container).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
