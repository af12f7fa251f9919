// The child record as the API sees it. Input schemas are strict (unknown fields are errors); the same
// domain rules validate the ID number in the browser and here.
import { SCHOOLING_STAGES } from '@hehu/domain';
import { z } from 'zod';

export { SCHOOLING_STAGES };

const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');
const villageCode = z.string().regex(/^\d{12}$/, '户籍所在村（社区）应为 12 位行政区划代码');
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** Fields a user may set on a child's file (create and edit share them). */
export const childFields = {
  name: z.string().trim().min(1, '请填写姓名').max(30),
  formerNames: z.array(z.string().trim().min(1).max(30)).max(5).optional(),
  sex: z.enum(['M', 'F']).optional(),
  birthDate: isoDate.optional(),
  idNumber: z.string().trim().max(30).nullable().optional(),
  noIdReason: optionalText(100),
  divisionCode: villageCode,
  ethnicity: optionalText(20),
  householdType: z.enum(['rural', 'urban']).nullable().optional(),
  currentAddress: optionalText(200),
  schoolingStage: z.enum(SCHOOLING_STAGES).nullable().optional(),
  schoolName: optionalText(100),
  boarding: z.boolean().nullable().optional(),
  healthStatus: z.enum(['healthy', 'disabled', 'ill']).nullable().optional(),
  disabilityType: optionalText(30),
  disabilityGrade: z.number().int().min(1).max(4).nullable().optional(),
  disabilityCertNo: optionalText(40),
  illness: optionalText(100),
  familyEconomicHardship: z.boolean().optional(),
  /** The lack or impropriety of guardianship led to abuse, abandonment, injury or harm (困境 (c)). */
  guardianshipHarm: z.boolean().optional(),
  /** A foundling: the birth parents cannot be found. */
  parentsUnknown: z.boolean().optional(),
  /** 集中养育: the child welfare institution, and the date the child was placed there. */
  institutionId: z.uuid('机构编号格式不正确').nullable().optional(),
  institutionSince: isoDate.nullable().optional(),
};

export const createChildBody = z.strictObject({
  ...childFields,
  /** Save even though near-duplicates were shown: the user looked and decided. */
  confirmNotDuplicate: z.boolean().optional(),
});
export type CreateChildInput = z.infer<typeof createChildBody>;

export const updateChildBody = z
  .strictObject(childFields)
  .partial()
  .extend({ version: z.number().int().min(1) });
export const childListItem = z.object({
  id: z.string(),
  name: z.string(),
  sex: z.enum(['M', 'F']),
  birthDate: z.string(),
  idNumberMasked: z.string().nullable(),
  divisionCode: z.string(),
  divisionName: z.string(),
  status: z.enum(['active', 'terminated', 'transferred', 'archived']),
  categories: z.array(z.string()),
});

/** A row of the children list: the township's name beside the village's, for a county's long lists. */
export const childListRow = childListItem.extend({ townshipName: z.string().nullable() });

export const childDetail = childListItem.extend({
  formerNames: z.array(z.string()),
  noIdReason: z.string().nullable(),
  divisionPath: z.string(),
  institutionId: z.string().nullable(),
  institutionName: z.string().nullable(),
  institutionSince: z.string().nullable(),
  parentsUnknown: z.boolean(),
  ethnicity: z.string().nullable(),
  householdType: z.enum(['rural', 'urban']).nullable(),
  currentAddressMasked: z.string().nullable(),
  schoolingStage: z.enum(SCHOOLING_STAGES).nullable(),
  schoolName: z.string().nullable(),
  boarding: z.boolean().nullable(),
  healthStatus: z.enum(['healthy', 'disabled', 'ill']).nullable(),
  disabilityType: z.string().nullable(),
  disabilityGrade: z.number().nullable(),
  /** The full number only through POST …/unmask (audited): it contains the holder's ID number. */
  disabilityCertNoMasked: z.string().nullable(),
  illness: z.string().nullable(),
  familyEconomicHardship: z.boolean(),
  guardianshipHarm: z.boolean(),
  terminationReason: z.string().nullable(),
  terminationMonth: z.string().nullable(),
  mergedInto: z.string().nullable(),
  /** The current photo's document (GET …/photo streams it); null when the file has none. */
  photoDocumentId: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  canUnmask: z.boolean(),
  canEdit: z.boolean(),
});
export type ChildDetail = z.infer<typeof childDetail>;
