// The disability certificate number: the second generation is the holder's ID number plus two digits (category and
// grade), so it is kept like the ID number: SM4-encrypted, a masked copy for display, the full value only through
// the audited unmask route.
import type { FieldCipher } from '../../platform/crypto.ts';

/** First six and last four characters kept (the same rule as migration 0012's hehu_mask_certificate_number). */
export function maskCertificateNumber(value: string): string {
  const chars = Array.from(value.trim());
  if (chars.length < 10) return '*'.repeat(chars.length);
  return `${chars.slice(0, 6).join('')}${'*'.repeat(chars.length - 10)}${chars.slice(-4).join('')}`;
}

export function certificateColumns(cipher: FieldCipher, value: string | null) {
  return {
    disabilityCertNoEnc: value ? cipher.encrypt(value) : null,
    disabilityCertNoMasked: value ? maskCertificateNumber(value) : null,
  };
}
