// Saving the child form: look for similar files first and stop for an explicit "not the same child";
// put server errors on their fields; on edit send the version and catch a concurrent change.
import { useState } from 'react';
import { App } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, api, errorText } from '../../../api/client';
import type { ChildFile, ChildInput, NearDuplicate } from '../../../api/registry';
import type { DataResponse } from '../../../api/types';
import { birthDateOf, toCreateInput, toPatch } from './childFormModel';
import { applyServerError } from './serverErrors';
import type { ChildFormValues } from './childFormModel';
import '../../../i18n/childFile.zh-CN';

interface Options {
  form: FormInstance<ChildFormValues>;
  /** The file being edited; none when creating. */
  child?: ChildFile;
  onSaved: (child: ChildFile) => void;
}

export interface ChildSave {
  saving: boolean;
  duplicates: NearDuplicate[] | null;
  conflict: boolean;
  submit: () => Promise<void>;
  confirmNotDuplicate: () => Promise<void>;
  /** Any change of the form invalidates a duplicate answer given for the old values. */
  clearDuplicates: () => void;
}

function nearDuplicatesOf(error: unknown): NearDuplicate[] | null {
  if (!(error instanceof ApiError) || error.code !== 'DUPLICATE') return null;
  const near = error.details.nearDuplicates;
  return Array.isArray(near) ? (near as NearDuplicate[]) : null;
}

export function useChildSave({ form, child, onSaved }: Options): ChildSave {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [duplicates, setDuplicates] = useState<NearDuplicate[] | null>(null);
  const [conflict, setConflict] = useState(false);
  const hasIdOnFile = child ? child.idNumberMasked !== null : false;

  const findSimilar = async (input: Partial<ChildInput>, values: ChildFormValues): Promise<NearDuplicate[]> => {
    const birthDate = birthDateOf(values, hasIdOnFile, child?.birthDate);
    const name = input.name ?? child?.name;
    const divisionCode = input.divisionCode ?? child?.divisionCode;
    if (!birthDate || !name || !divisionCode) return [];
    const answer = await api.post<DataResponse<NearDuplicate>>('/api/children/check-duplicates', {
      name,
      birthDate,
      divisionCode,
      ...(child ? { excludeId: child.id } : {}),
    });
    return answer.data;
  };

  const save = async (confirmed: boolean) => {
    try {
      await form.validateFields();
    } catch {
      message.error(t('childForm.fixErrors'));
      return;
    }
    const values = form.getFieldsValue(true) as ChildFormValues;
    setSaving(true);
    try {
      if (!child) {
        // The server checks the ID number before near-duplicates: a number already registered is refused at once
        // (ID_NUMBER_EXISTS on the field), and only then are similar files offered (DUPLICATE, caught below).
        const input = toCreateInput(values);
        const created = await api.post<ChildFile>('/api/children', {
          ...input,
          ...(confirmed ? { confirmNotDuplicate: true } : {}),
        });
        message.success(t('childForm.created'));
        onSaved(created);
        return;
      }
      const patch = toPatch(values, child);
      if (Object.keys(patch).length === 0) {
        message.info(t('childForm.unchanged'));
        onSaved(child);
        return;
      }
      const identityChanged = patch.name !== undefined || patch.birthDate !== undefined || patch.idNumber;
      if (!confirmed && identityChanged) {
        const near = await findSimilar(patch, values);
        if (near.length > 0) {
          setDuplicates(near);
          return;
        }
      }
      const saved = await api.patch<ChildFile>(`/api/children/${child.id}`, { ...patch, version: child.version });
      message.success(t('childForm.saved'));
      onSaved(saved);
    } catch (caught) {
      const near = nearDuplicatesOf(caught);
      if (near) setDuplicates(near);
      else if (caught instanceof ApiError && caught.code === 'CONFLICT') setConflict(true);
      else if (!applyServerError(form, caught)) message.error(errorText(caught));
    } finally {
      setSaving(false);
    }
  };

  return {
    saving,
    duplicates,
    conflict,
    submit: () => save(false),
    confirmNotDuplicate: () => save(true),
    clearDuplicates: () => setDuplicates(null),
  };
}
