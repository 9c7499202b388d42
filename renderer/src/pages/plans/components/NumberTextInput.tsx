import { Input } from 'antd';
import { readNumberText, tidyNumberText } from '@renderer/format/number-text';

interface NumberTextInputProps {
  value: string;
  onChange: (text: string) => void;
  ariaLabel: string;
  suffix?: string | null;
  disabled?: boolean;
  id?: string;
}

/**
 * A number typed the Vietnamese way (1.234,5). The text is kept as typed so a half-typed number is not mangled; it is
 * tidied to the house style when the box loses focus, and marked red while it cannot be read.
 */
export function NumberTextInput({ value, onChange, ariaLabel, suffix, disabled, id }: NumberTextInputProps) {
  const readable = readNumberText(value).ok;
  return (
    <Input
      id={id}
      aria-label={ariaLabel}
      aria-invalid={!readable}
      inputMode="decimal"
      value={value}
      status={readable ? undefined : 'error'}
      disabled={disabled}
      suffix={suffix ? <span aria-hidden>{suffix}</span> : <span />}
      onChange={(event) => onChange(event.target.value)}
      onBlur={() => {
        const tidy = tidyNumberText(value);
        if (tidy !== value) onChange(tidy);
      }}
    />
  );
}
