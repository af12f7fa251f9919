// Left-behind children's care (migration 0019): the care record with its version, and the parents' contact log.
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const livingArrangements = ['with_parent', 'with_carer', 'boarding_school', 'alone', 'unattended'] as const;

export const leftBehindCare = pgTable('left_behind_care', {
  childId: uuid('child_id').primaryKey(),
  livingArrangement: text('living_arrangement', { enum: livingArrangements }).notNull(),
  carerRelationId: uuid('carer_relation_id'),
  carerFullCapacity: boolean('carer_full_capacity'),
  /** Each exclusion of RULES §4.20 as a tick (true = applies, which refuses the carer). */
  carerExclusions: jsonb('carer_exclusions').$type<Record<string, boolean>>().notNull().default({}),
  carerEvidence: text('carer_evidence').notNull().default(''),
  carerCheckedOn: date('carer_checked_on'),
  agreementSignedOn: date('agreement_signed_on'),
  agreementDocumentId: uuid('agreement_document_id'),
  schoolNotifiedOn: date('school_notified_on'),
  villageNotifiedOn: date('village_notified_on'),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const contactChannels = ['phone', 'video', 'home_visit', 'other'] as const;
export const contactParents = ['father', 'mother', 'both'] as const;

export const parentContacts = pgTable(
  'parent_contacts',
  {
    id: uuid('id').primaryKey(),
    childId: uuid('child_id').notNull(),
    contactDate: date('contact_date').notNull(),
    channel: text('channel', { enum: contactChannels }).notNull(),
    parent: text('parent', { enum: contactParents }).notNull(),
    note: text('note').notNull().default(''),
    recordedBy: uuid('recorded_by'),
    recordedName: text('recorded_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('parent_contacts_child_idx').on(t.childId, t.contactDate)],
);
