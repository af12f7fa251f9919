// A whole-screen problem shown before or around any page (the server cannot be reached, a page failed to load or
// render): antd's Result look, drawn here. Result's module carries its 403/404/500 illustrations (~9 KB on the
// first download even when unused), and this notice needs nothing fetched, which matters when fetching is what
// failed.
import type { ReactNode } from 'react';
import { theme } from 'antd';
import { CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';

export function ProblemNotice({
  status,
  title,
  subTitle,
  extra,
}: {
  status: 'warning' | 'error';
  title: ReactNode;
  subTitle?: ReactNode;
  extra?: ReactNode;
}) {
  const { token } = theme.useToken();
  const Icon = status === 'error' ? CloseCircleFilled : ExclamationCircleFilled;
  return (
    <div role="alert" style={{ padding: `${token.paddingLG * 2}px ${token.paddingXL}px`, textAlign: 'center' }}>
      <Icon
        style={{
          fontSize: token.fontSizeHeading3 * 3,
          color: status === 'error' ? token.colorError : token.colorWarning,
          marginBottom: token.paddingLG,
        }}
      />
      <div
        style={{
          color: token.colorTextHeading,
          fontSize: token.fontSizeHeading3,
          lineHeight: token.lineHeightHeading3,
          marginBlock: token.marginXS,
        }}
      >
        {title}
      </div>
      {subTitle && <div style={{ color: token.colorTextDescription, fontSize: token.fontSize }}>{subTitle}</div>}
      {extra && <div style={{ marginTop: token.paddingLG }}>{extra}</div>}
    </div>
  );
}
