// Parents, guardians and carers as the API sees them. Sensitive fields leave the server masked only.
import { PARENT_SITUATION_LABELS, type DisabilityKind, type ParentSituationCode } from '@hehu/domain';
import { z } from 'zod';
import { relationKinds } from '../../db/schema.ts';

export const SITUATION_CODES = Object.keys(PARENT_SITUATION_LABELS) as ParentSituationCode[];
export const DISABILITY_KINDS = [
  'physical',
  'visual',
  'hearing',
  'speech',
  'mental',
  'intellectual',
  'multiple',
] as const satisfies readonly DisabilityKind[];

export const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');
const uuid = z.uuid('记录编号格式不正确');

// A mobile number, or a landline with area code (and an optional extension).
const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;
const phone = z
  .string()
  .trim()
  .transform((v) => v.replace(/\s+/g, ''))
  .refine((v) => v === '' || PHONE.test(v), '电话应为 11 位手机号，或带区号的固定电话（如 0833-1234567）');

const personName = z.string().trim().min(1, '请填写姓名').max(30);
const address = z.string().trim().max(200);
const workPlace = z.string().trim().max(100);

export const childParams = z.strictObject({ id: uuid });
export const relationParams = z.strictObject({ id: uuid, relationId: uuid });
export const personParams = z.strictObject({ id: uuid, personId: uuid });
export const situationParams = z.strictObject({ id: uuid, personId: uuid, situationId: uuid });

export const addRelationBody = z.strictObject({
  kind: z.enum(relationKinds),
  relationLabel: z.string().trim().max(20).nullable().optional(),
  startDate: isoDate,
  person: z.strictObject({
    name: personName,
    idNumber: z.string().trim().max(30).nullable().optional(),
    sex: z.enum(['M', 'F']).nullable().optional(),
    birthDate: isoDate.nullable().optional(),
    phone: phone.nullable().optional(),
    address: address.nullable().optional(),
    workPlace: workPlace.nullable().optional(),
  }),
});
export type AddRelationInput = z.infer<typeof addRelationBody>;

export const endRelationBody = z.strictObject({
  endDate: isoDate,
  endReason: z.string().trim().min(1, '请填写终止原因').max(200),
});

export const updatePersonBody = z.strictObject({
  name: personName.optional(),
  phone: phone.nullable().optional(),
  address: address.nullable().optional(),
  workPlace: workPlace.nullable().optional(),
});
export type UpdatePersonInput = z.infer<typeof updatePersonBody>;

export const situationDetails = z.strictObject({
  disabilityGrade: z.number().int().min(1).max(4).optional(),
  disabilityKind: z.enum(DISABILITY_KINDS).optional(),
  illnessCode: z.string().trim().min(1).max(60).optional(),
  termMonths: z.number().int().min(1).max(1200).optional(),
});
export type SituationDetails = z.infer<typeof situationDetails>;

export const addSituationBody = z.strictObject({
  code: z.enum(SITUATION_CODES),
  since: isoDate,
  until: isoDate.nullable().optional(),
  details: situationDetails.optional(),
  note: z.string().trim().max(500).nullable().optional(),
});
export type AddSituationInput = z.infer<typeof addSituationBody>;

export const endSituationBody = z.strictObject({ until: isoDate });

export const unmaskBody = z.strictObject({ field: z.enum(['idNumber', 'phone', 'address']) });

export const situationItem = z.object({
  id: z.string(),
  code: z.enum(SITUATION_CODES),
  since: z.string(),
  until: z.string().nullable(),
  details: situationDetails,
  note: z.string().nullable(),
});
export type SituationItem = z.infer<typeof situationItem>;

export const personItem = z.object({
  id: z.string(),
  name: z.string(),
  sex: z.enum(['M', 'F']).nullable(),
  birthDate: z.string().nullable(),
  idNumberMasked: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  addressMasked: z.string().nullable(),
  workPlace: z.string().nullable(),
  situations: z.array(situationItem),
});
export type PersonItem = z.infer<typeof personItem>;

export const relationItem = z.object({
  id: z.string(),
  kind: z.enum(relationKinds),
  relationLabel: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  endReason: z.string().nullable(),
  active: z.boolean(),
  person: personItem,
});
export type RelationItem = z.infer<typeof relationItem>;

export const LINK_STATUSES = ['pending', 'confirmed', 'rejected', 'cancelled'] as const;

/** A request to link a person held by another area (see person-links.service.ts). */
export const linkRequestItem = z.object({
  id: z.string(),
  childId: z.string(),
  childName: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
  kind: z.enum(relationKinds),
  relationLabel: z.string().nullable(),
  startDate: z.string(),
  /** What the requester typed: all the requesting side sees of the person until the link is confirmed. */
  typed: z.object({
    name: z.string(),
    idNumberMasked: z.string(),
    phoneMasked: z.string().nullable(),
    addressMasked: z.string().nullable(),
    workPlace: z.string().nullable(),
  }),
  /** The person as recorded: for the confirming side only, which already sees this person. */
  recorded: z.object({ personId: z.string(), name: z.string(), idNumberMasked: z.string().nullable() }).nullable(),
  status: z.enum(LINK_STATUSES),
  requestedByName: z.string(),
  requestedAt: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
});
export type LinkRequestItem = z.infer<typeof linkRequestItem>;

/** Adding a relation either links the person at once or, for a person held by another area, asks that area. */
export const addRelationResult = z.union([relationItem, z.object({ linkRequest: linkRequestItem })]);
export type AddRelationResult = z.infer<typeof addRelationResult>;

export const linkParams = z.strictObject({ id: uuid });
