// Form rules shared by the registry's forms, backed by the domain package so the browser says what
// the server would: an ID number checked by GB 11643 with the domain's message, a village by its code.
import type { FormRule } from 'antd';
import { divisionLevel, parseIdNumber } from '@hehu/domain';
import type { Lang } from '../childFormat';

export function idNumberRule(lang: Lang): FormRule {
  return {
    validator: (_rule, value: string | undefined) => {
      if (!value) return Promise.resolve();
      const result = parseIdNumber(value);
      if (result.ok) return Promise.resolve();
      return Promise.reject(new Error(lang === 'en' ? result.error.messageEn : result.error.message));
    },
  };
}

/** A division code that is a village (12 digits), as a child's registration needs. */
export function villageRule(message: string): FormRule {
  return {
    validator: (_rule, value: string | undefined) =>
      !value || divisionLevel(value) === 'village' ? Promise.resolve() : Promise.reject(new Error(message)),
  };
}

/** Spaces typed or pasted in groups are dropped; a lower-case check letter becomes X. */
export function normalizeIdNumber(value: string | undefined): string {
  return (value ?? '').replace(/\s/g, '').replace(/x$/, 'X');
}
