// The frame of the pages shown before the main layout: sign-in, password change, TOTP enrolment.
import type { ReactNode } from 'react';
import { Segmented, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n';
import type { Language } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      aria-label={t('lang.label')}
      value={i18n.language === 'en' ? 'en' : 'zh-CN'}
      onChange={(lang) => void setLanguage(lang)}
      options={[
        { label: t('lang.zh'), value: 'zh-CN' },
        { label: t('lang.en'), value: 'en' },
      ]}
    />
  );
}

export function CenteredCard({
  title,
  children,
  width = 400,
}: {
  title: ReactNode;
  children: ReactNode;
  width?: number;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <div
      style={{
        minHeight: '100vh',
        boxSizing: 'border-box',
        padding: '24px 12px',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        background: 'linear-gradient(180deg, #e6f4ff 0%, #f5f5f5 320px)',
        // The base text antd's App gives the signed-in screens; the sign-in page is outside it.
        color: token.colorText,
        fontSize: token.fontSize,
        lineHeight: token.lineHeight,
        fontFamily: token.fontFamily,
      }}
    >
      <div style={{ width: '100%', maxWidth: width, display: 'flex', justifyContent: 'flex-end' }}>
        <LanguageSwitch />
      </div>
      <div style={{ textAlign: 'center', margin: '24px 0 16px' }}>
        {/* Plain headings rather than antd Typography, which brings tooltips and a text editor to the first screen. */}
        <h2
          style={{
            margin: 0,
            color: '#1677ff',
            fontSize: token.fontSizeHeading2,
            lineHeight: token.lineHeightHeading2,
            fontWeight: token.fontWeightStrong,
          }}
        >
          {t('app.name')}
        </h2>
        <span style={{ color: token.colorTextSecondary }}>{t('app.tagline')}</span>
      </div>
      {/* A plain panel rather than antd Card: Card pulls in Tabs, weight the first screen does not need. */}
      <section
        aria-label={typeof title === 'string' ? title : undefined}
        style={{
          width: '100%',
          maxWidth: width,
          boxSizing: 'border-box',
          background: token.colorBgContainer,
          borderRadius: token.borderRadiusLG,
          boxShadow: token.boxShadowTertiary,
        }}
      >
        <h4
          style={{
            margin: 0,
            padding: '16px 24px',
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            color: token.colorTextHeading,
            fontSize: token.fontSizeHeading4,
            lineHeight: token.lineHeightHeading4,
            fontWeight: token.fontWeightStrong,
          }}
        >
          {title}
        </h4>
        <div style={{ padding: 24 }}>{children}</div>
      </section>
    </div>
  );
}
