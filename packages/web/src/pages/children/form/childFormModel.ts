// Between the child form's values and the API: what to send on create, what changed on edit, and
// where a server error belongs on the form.
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { parseIdNumber } from '@hehu/domain';
import type { ParsedIdNumber } from '@hehu/domain';
import type {
  ChildFile,
  ChildInput,
  HealthStatus,
  HouseholdType,
  RelationKind,
  SchoolingStage,
} from '../../../api/registry';
import type { Sex } from '../../../api/types';

/** A parent or guardian entered with a new file (create only; added after the file is saved). */
export interface RelativeValues {
  kind?: RelationKind;
  name?: string;
  idNumber?: string;
  phone?: string;
}

export interface ChildFormValues {
  /** Create only: parents and guardian to add once the file exists. */
  relatives?: RelativeValues[];
  /** Edit only: a correction of an ID number already on file. */
  changeId?: boolean;
  idNumber?: string;
  noId?: boolean;
  birthDate?: Dayjs | null;
  sex?: Sex;
  noIdReason?: string;
  name?: string;
  formerNames?: string[];
  divisionCode?: string;
  ethnicity?: string;
  householdType?: HouseholdType | null;
  currentAddress?: string;
  schoolingStage?: SchoolingStage | null;
  schoolName?: string;
  boarding?: boolean | null;
  healthStatus?: HealthStatus | null;
  disabilityType?: string;
  disabilityGrade?: number | null;
  disabilityCertNo?: string;
  illness?: string;
  familyEconomicHardship?: boolean;
  guardianshipHarm?: boolean;
  parentsUnknown?: boolean;
  /** 集中养育: the child welfare institution and the placement date, both or neither. */
  institutionId?: string | null;
  institutionSince?: Dayjs | null;
}

/** Fields sent as typed, empty text becoming null. */
export const TEXT_FIELDS = ['ethnicity', 'schoolName', 'disabilityType', 'illness'] as const;
export const CHOICE_FIELDS = [
  'householdType',
  'schoolingStage',
  'boarding',
  'healthStatus',
  'disabilityGrade',
] as const;

export function parsedId(idNumber: string | undefined): ParsedIdNumber | null {
  if (!idNumber) return null;
  const parsed = parseIdNumber(idNumber);
  return parsed.ok ? parsed.value : null;
}

/** Whether the form is asking for an ID number now (create, edit without one, or a correction). */
export function typesIdNumber(values: ChildFormValues, hasIdOnFile: boolean): boolean {
  if (values.noId) return false;
  return !hasIdOnFile || values.changeId === true;
}

const text = (value: string | undefined): string | null => (value?.trim() ? value.trim() : null);

export function initialValues(child?: ChildFile): ChildFormValues {
  if (!child)
    return {
      noId: false,
      familyEconomicHardship: false,
      guardianshipHarm: false,
      parentsUnknown: false,
      formerNames: [],
    };
  return {
    changeId: false,
    noId: child.idNumberMasked === null,
    birthDate: dayjs(child.birthDate),
    sex: child.sex,
    noIdReason: child.noIdReason ?? undefined,
    name: child.name,
    formerNames: child.formerNames,
    divisionCode: child.divisionCode,
    ethnicity: child.ethnicity ?? undefined,
    householdType: child.householdType,
    schoolingStage: child.schoolingStage,
    schoolName: child.schoolName ?? undefined,
    boarding: child.boarding,
    healthStatus: child.healthStatus,
    disabilityType: child.disabilityType ?? undefined,
    disabilityGrade: child.disabilityGrade,
    illness: child.illness ?? undefined,
    familyEconomicHardship: child.familyEconomicHardship,
    guardianshipHarm: child.guardianshipHarm,
    parentsUnknown: child.parentsUnknown,
    institutionId: child.institutionId,
    institutionSince: child.institutionSince ? dayjs(child.institutionSince) : null,
  };
}

/** The identity part: an ID number decides birth date and sex; without one, all three are typed. */
function identityOf(values: ChildFormValues, hasIdOnFile: boolean): Partial<ChildInput> {
  if (typesIdNumber(values, hasIdOnFile)) return { idNumber: values.idNumber?.trim().toUpperCase() };
  if (values.noId) {
    return {
      birthDate: values.birthDate?.format('YYYY-MM-DD'),
      sex: values.sex,
      noIdReason: text(values.noIdReason),
    };
  }
  return {};
}

function allFields(values: ChildFormValues, hasIdOnFile: boolean): ChildInput {
  const input: ChildInput = {
    name: values.name?.trim() ?? '',
    divisionCode: values.divisionCode ?? '',
    formerNames: (values.formerNames ?? []).map((n) => n.trim()).filter(Boolean),
    familyEconomicHardship: values.familyEconomicHardship ?? false,
    guardianshipHarm: values.guardianshipHarm ?? false,
    parentsUnknown: values.parentsUnknown ?? false,
    // Leaving the institution clears the placement date with it.
    institutionId: values.institutionId ?? null,
    institutionSince: values.institutionId ? (values.institutionSince?.format('YYYY-MM-DD') ?? null) : null,
    ...identityOf(values, hasIdOnFile),
  };
  for (const field of TEXT_FIELDS) input[field] = text(values[field]);
  for (const field of CHOICE_FIELDS) Object.assign(input, { [field]: values[field] ?? null });
  // The address and the certificate number come back masked, so the form starts them empty: typed means changed.
  if (text(values.currentAddress)) input.currentAddress = text(values.currentAddress);
  if (text(values.disabilityCertNo)) input.disabilityCertNo = text(values.disabilityCertNo);
  return input;
}

/** Birth date the duplicate check needs: from the ID number when there is one. */
export function birthDateOf(values: ChildFormValues, hasIdOnFile: boolean, fallback?: string): string | undefined {
  if (typesIdNumber(values, hasIdOnFile)) return parsedId(values.idNumber)?.birthDate;
  return values.birthDate?.format('YYYY-MM-DD') ?? fallback;
}

/** A new file carries only what was filled in, so its first history entry lists just that. */
export function toCreateInput(values: ChildFormValues): ChildInput {
  const filled = Object.entries(allFields(values, false)).filter(
    ([, value]) => value !== null && !(Array.isArray(value) && value.length === 0),
  );
  return Object.fromEntries(filled) as unknown as ChildInput;
}

/** Only what changed, so the history shows the edit and nothing else. */
export function toPatch(values: ChildFormValues, child: ChildFile): Partial<ChildInput> {
  const hasId = child.idNumberMasked !== null;
  const next = allFields(values, hasId);
  const before = allFields(initialValues(child), hasId);
  const patch: Partial<ChildInput> = {};
  for (const key of Object.keys(next) as (keyof ChildInput)[]) {
    if (key === 'divisionCode') continue;
    if (JSON.stringify(next[key]) !== JSON.stringify(before[key])) Object.assign(patch, { [key]: next[key] });
  }
  return patch;
}
