// Shapes of the left-behind care routes: the care record (versioned), the parents' contacts, the signing rates.
import { CARER_EXCLUSION_CODES } from '@hehu/domain';
import { z } from 'zod';
import { contactChannels, contactParents, livingArrangements } from '../../db/schema.ts';
import { isoDate } from '../family/index.ts';

const bilingual = z.object({ zh: z.string(), en: z.string() });
const exclusions = z.strictObject(
  Object.fromEntries(CARER_EXCLUSION_CODES.map((c) => [c, z.boolean().optional()])) as Record<
    (typeof CARER_EXCLUSION_CODES)[number],
    z.ZodOptional<z.ZodBoolean>
  >,
);

export const saveCareBody = z.strictObject({
  /** The version the caller saw; 0 for a child without a care record yet. */
  version: z.number().int().min(0),
  livingArrangement: z.enum(livingArrangements, '居住方式应为与父母同住、与照护人同住、寄宿、独居或无人照料'),
  carerRelationId: z.uuid().nullable().default(null),
  carerFullCapacity: z.boolean().nullable().default(null),
  carerExclusions: exclusions.default({}),
  carerEvidence: z.string().trim().max(500, '最多 500 字').default(''),
  agreementSignedOn: isoDate.nullable().default(null),
  agreementDocumentId: z.uuid().nullable().default(null),
  schoolNotifiedOn: isoDate.nullable().default(null),
  villageNotifiedOn: isoDate.nullable().default(null),
});
export type SaveCareInput = z.infer<typeof saveCareBody>;

/** The version of the care record the caller saw when asking to unlink its agreement scan. */
export const unlinkAgreementBody = z.strictObject({
  version: z.number('请提供关爱记录的版本号').int('版本号应为整数').min(1, '版本号至少为 1'),
});

export const careRecord = z.object({
  livingArrangement: z.enum(livingArrangements),
  carerRelationId: z.string().nullable(),
  carerFullCapacity: z.boolean().nullable(),
  carerExclusions: z.record(z.string(), z.boolean()),
  carerEvidence: z.string(),
  carerCheckedOn: z.string().nullable(),
  agreementSignedOn: z.string().nullable(),
  agreementDocumentId: z.string().nullable(),
  schoolNotifiedOn: z.string().nullable(),
  villageNotifiedOn: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});

export const contactBody = z.strictObject({
  id: z.uuid('联系记录编号应为 UUID'),
  contactDate: isoDate,
  channel: z.enum(contactChannels, '联系方式应为电话、视频、回家探望或其他'),
  parent: z.enum(contactParents, '联系人应为父亲、母亲或父母双方'),
  note: z.string().trim().max(300, '最多 300 字').default(''),
});
export type ContactInput = z.infer<typeof contactBody>;

export const contactView = z.object({
  id: z.string(),
  contactDate: z.string(),
  channel: z.enum(contactChannels),
  parent: z.enum(contactParents),
  note: z.string(),
  recordedName: z.string().nullable(),
  replayed: z.boolean(),
});

const problem = z.object({ field: z.string(), zh: z.string(), en: z.string() });
const alert = z.object({ code: z.string(), zh: z.string(), en: z.string() });

export const careView = z.object({
  childId: z.string(),
  leftBehind: z.boolean(),
  care: careRecord.nullable(),
  /** The scan the record links as its signed agreement, named for the tab; its content is read audited. */
  agreementDocument: z
    .object({ id: z.string(), title: z.string(), fileName: z.string(), mimeType: z.string() })
    .nullable(),
  carers: z.array(
    z.object({
      relationId: z.string(),
      kind: z.string(),
      name: z.string(),
      relationLabel: z.string().nullable(),
      birthDate: z.string().nullable(),
      age: z.number().int().nullable(),
    }),
  ),
  parents: z.array(
    z.object({
      kind: z.string(),
      name: z.string(),
      workPlace: z.string().nullable(),
      awaySince: z.string().nullable(),
    }),
  ),
  contact: z.object({
    countedFrom: z.string().nullable(),
    daysSince: z.number().int().nullable(),
    due: z.string().nullable(),
  }),
  contacts: z.array(contactView),
  alerts: z.array(alert),
  carerProblems: z.array(problem),
  labels: z.object({ living: z.record(z.string(), bilingual) }),
});
export type CareView = z.infer<typeof careView>;

export const childParams = z.strictObject({ id: z.uuid() });
export const signingQuery = z.strictObject({
  division: z
    .string()
    .regex(/^\d{4}(\d{2}(\d{3}(\d{3})?)?)?$/, '行政区划代码应为市、县、乡镇或村代码')
    .optional(),
});
export const signingRow = z.object({
  code: z.string(),
  name: z.string(),
  leftBehind: z.number().int().min(0),
  signed: z.number().int().min(0),
  /** Signed ÷ left-behind, null when the area has none. */
  rate: z.number().nullable(),
});

export const careListQuery = z.strictObject({
  division: signingQuery.shape.division,
  alert: z.enum(['contact', 'living', 'unsigned'], '提醒类型应为 contact、living 或 unsigned').optional(),
});
export const careListItem = z.object({
  id: z.string(),
  name: z.string(),
  age: z.number().int(),
  divisionCode: z.string(),
  divisionName: z.string().nullable(),
  since: z.string(),
  lastContact: z.string().nullable(),
  /** Days since the last contact, or since the parents left when none was recorded. */
  daysSinceContact: z.number().int(),
  agreementSignedOn: z.string().nullable(),
  livingArrangement: z.string().nullable(),
  contactOverdue: z.boolean(),
  unsafeLiving: z.boolean(),
});
