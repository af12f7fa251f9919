import '@ant-design/v5-patch-for-react-19';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCNLocale from 'antd/es/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { antdEnglish } from './i18n';
import './global.css';
import { useIsPhone } from './hooks/useIsPhone';
import { router } from './router';

function Root() {
  const { i18n } = useTranslation();
  const phone = useIsPhone();
  return (
    <ConfigProvider
      locale={i18n.language === 'en' && antdEnglish ? antdEnglish : zhCNLocale}
      // Thumbs on cheap phones need bigger targets than a mouse does.
      componentSize={phone ? 'large' : 'middle'}
      theme={{ token: { colorPrimary: '#1677ff', borderRadius: 6 } }}
    >
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
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
