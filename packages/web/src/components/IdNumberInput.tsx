// An ID-number field that opens the phone's numeric keypad. The keypad has no X, which ends about one number in
// eleven (GB 11643 check character), so a button beside the field adds it; on a computer it is typed as usual.
import { Button, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import '../i18n/childFile.zh-CN';

interface Props {
  value?: string;
  /** The new text (Form.Item takes a plain value as well as an event). */
  onChange?: (value: string) => void;
  /** Called with every change, after onChange: the form fills birth date and sex from a complete number. */
  onValue?: (value: string) => void;
  autoFocus?: boolean;
  id?: string;
  'data-testid'?: string;
}

export function IdNumberInput({ value, onChange, onValue, autoFocus, id, ...rest }: Props) {
  const { t } = useTranslation();
  const set = (next: string) => {
    onChange?.(next);
    onValue?.(next);
  };
  const text = value ?? '';
  return (
    <Input
      id={id}
      data-testid={rest['data-testid']}
      value={text}
      autoFocus={autoFocus}
      maxLength={18}
      inputMode="numeric"
      autoComplete="off"
      style={{ fontFamily: 'monospace', letterSpacing: 1 }}
      onChange={(e) => set(e.target.value)}
      suffix={
        <Button
          size="small"
          type="text"
          aria-label={t('childForm.addCheckX')}
          // Only the 18th character may be X.
          disabled={text.replace(/\s/g, '').length !== 17}
          onClick={() => set(`${text.replace(/\s/g, '')}X`)}
          className="hehu-input-button"
          style={{ minWidth: 44, fontFamily: 'monospace', fontWeight: 600 }}
        >
          X
        </Button>
      }
    />
  );
}
