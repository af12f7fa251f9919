// One labelled field of the sign-in forms, drawn as antd's vertical form item is (label, required mark, the
// field, its error below) without antd's Form: Form with its validator, field store, tooltips and popups is
// about a quarter of the first download, and these forms need only "required" and "six digits".
import type { ReactNode } from 'react';
import { theme } from 'antd';

export interface FieldControlProps {
  id: string;
  status?: 'error';
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  'aria-required': true;
}

export function SignInField({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  /** Shown under the field once the form was sent with it wrong. */
  error?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const { token } = theme.useToken();
  const errorId = `${id}-error`;
  return (
    <div style={{ marginBottom: error ? 0 : token.marginLG }}>
      <label
        htmlFor={id}
        style={{
          display: 'block',
          paddingBottom: token.paddingXS,
          color: token.colorTextHeading,
          fontSize: token.fontSize,
          lineHeight: token.lineHeight,
        }}
      >
        <span aria-hidden style={{ color: token.colorError, marginInlineEnd: 4, fontFamily: 'SimSun, sans-serif' }}>
          *
        </span>
        {label}
      </label>
      {children({
        id,
        status: error ? 'error' : undefined,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error ? errorId : undefined,
        'aria-required': true,
      })}
      {error && (
        <div
          id={errorId}
          role="alert"
          style={{ color: token.colorError, minHeight: token.marginLG, lineHeight: 1.5715 }}
        >
          {error}
        </div>
      )}
    </div>
  );
}
