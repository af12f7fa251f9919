// Writes the plan through the owner's handle, a batch of children at a time (memory stays flat for a million):
// the same tables, columns and field encryption as the application, history entries as the modules write them,
// and documents sealed by the application's document storage.
import { randomUUID } from 'node:crypto';
import { maskIdNumber, maskPhone } from '@hehu/domain';
import { bulkInsert } from '../../db/bulk.ts';
import type { Queryable } from '../../db/connection.ts';
import {
  childCategories,
  childHistory,
  childRelations,
  children,
  documents,
  personSituations,
  persons,
} from '../../db/schema.ts';
import { rulesOn } from '../../modules/categories/rules.ts';
import { maskAddress } from '../../modules/children/children.service.ts';
import type { DocumentStorage } from '../../modules/documents/documents.storage.ts';
import { checkSituationDetails } from '../../modules/family/situations.service.ts';
import { addressColumns, idNumberColumns, phoneColumns } from '../../modules/family/person-identity.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import type { FeaturedChild } from './activity.ts';
import { COUNTY_NAMES } from './categories.ts';
import { storeDocuments, type DocumentJob } from './documents.ts';
import type { Village } from './families.ts';
import { placeName } from './people.ts';
import { addDays, latest, officeTime, Rng } from './random.ts';
import type { PlannedChild, PlannedDocument, PlannedFamily, PlannedPerson } from './types.ts';

export interface Account {
  id: string;
  displayName: string;
}

export interface WriteContext {
  db: Queryable;
  cipher: FieldCipher;
  storage: DocumentStorage | undefined;
  asOf: string;
  welfareHome: { id: string; name: string };
  /** The demo accounts by username. */
  accounts: ReadonlyMap<string, Account>;
  villages: ReadonlyMap<string, Village>;
  /** The county whose decisions demo_county records (the others by the county bureau's name). */
  demoCounty: string;
  batchSize: number;
  seed: number;
  onProgress?: ((done: number) => void) | undefined;
}

export interface WriteSummary {
  children: number;
  persons: number;
  relations: number;
  situations: number;
  categories: number;
  documents: number;
  history: number;
  /** Files put in the storage, removed again if the run fails. */
  storedKeys: string[];
  /** Children with a transfer or a link request, written once everything they refer to is. */
  special: PlannedChild[];
  /** The first children written (the featured families), for the recent activity in the audit trail. */
  featured: FeaturedChild[];
}

/** How many of the first children the demo accounts are seen opening in the audit trail. */
const FEATURED_READS = 60;

type Row<T extends { $inferInsert: unknown }> = T['$inferInsert'];
type Change = { field: string; from: unknown; to: unknown };
interface Actor {
  id: string | null;
  name: string;
}

class Batch {
  children: Row<typeof children>[] = [];
  persons: Row<typeof persons>[] = [];
  relations: Row<typeof childRelations>[] = [];
  situations: Row<typeof personSituations>[] = [];
  categories: Row<typeof childCategories>[] = [];
  history: Row<typeof childHistory>[] = [];
  documents: DocumentJob[] = [];
}

export class DemoWriter {
  private batch = new Batch();
  /** One child's history, put in time order before it joins the batch. */
  private entries: Row<typeof childHistory>[] = [];
  private readonly startedAt = Date.now();
  private readonly rng: Rng;
  private readonly rules: Promise<Awaited<ReturnType<typeof rulesOn>>>;
  readonly summary: WriteSummary = {
    children: 0,
    persons: 0,
    relations: 0,
    situations: 0,
    categories: 0,
    documents: 0,
    history: 0,
    storedKeys: [],
    special: [],
    featured: [],
  };

  constructor(private readonly ctx: WriteContext) {
    // The writer's own chance (times of day), so writing never changes the plan.
    this.rng = new Rng(ctx.seed ^ 0x5eed);
    this.rules = rulesOn(ctx.db, ctx.asOf);
  }

  async write(families: Iterable<PlannedFamily>): Promise<WriteSummary> {
    for (const family of families) {
      for (const child of family.children) await this.add(child);
      if (this.batch.children.length >= this.ctx.batchSize) await this.flush();
    }
    await this.flush();
    return this.summary;
  }

  actor(username: string | null): Actor | null {
    const account = username ? this.ctx.accounts.get(username) : undefined;
    return account ? { id: account.id, name: account.displayName } : null;
  }

  /** A time of office hours on the date; never after the run itself. */
  private at(date: string): Date {
    const time = officeTime(date > this.ctx.asOf ? this.ctx.asOf : date, this.rng.int(9, 17), this.rng.int(0, 59));
    return time.getTime() > this.startedAt ? new Date(this.startedAt - this.rng.int(60, 3600) * 1000) : time;
  }

  /** Who recorded the file: the demo account, or the village's director by title. */
  private recorder(child: PlannedChild): Actor {
    const village = this.ctx.villages.get(child.divisionCode);
    const title = village ? `${placeName({ county: '', township: '', village: village.name })}儿童主任` : '村儿童主任';
    return this.actor(child.recordedBy) ?? { id: null, name: title };
  }

  /** Who decides a category: the county bureau (demo_county for the demo county). */
  private decider(child: PlannedChild): Actor {
    const county = child.divisionCode.slice(0, 6);
    if (county === this.ctx.demoCounty) return this.actor('demo_county') ?? { id: null, name: '市中区民政局' };
    return { id: null, name: `${COUNTY_NAMES[county] ?? ''}民政局` };
  }

  private log(child: PlannedChild, actor: Actor, date: string, action: string, changes: Change[]): void {
    if (!child.id) return;
    this.entries.push({
      childId: child.id,
      at: this.at(date),
      actorId: actor.id,
      actorName: actor.name,
      action,
      changes,
    });
  }

  private document(
    child: PlannedChild,
    doc: PlannedDocument,
    subject: { type: DocumentJob['subjectType']; id: string },
    by: Actor,
  ): void {
    if (!this.ctx.storage || !child.id) return;
    doc.id = randomUUID();
    this.batch.documents.push({
      doc,
      childId: child.id,
      subjectType: subject.type,
      subjectId: subject.id,
      uploadedBy: by.id,
      at: this.at(doc.uploadedOn),
    });
  }

  private async person(child: PlannedChild, p: PlannedPerson, by: Actor): Promise<string> {
    if (p.id) return p.id;
    const id = randomUUID();
    p.id = id;
    const { cipher } = this.ctx;
    const created = this.at(child.createdOn);
    this.batch.persons.push({
      id,
      name: p.name,
      sex: p.sex,
      birthDate: p.birthDate,
      ...idNumberColumns(cipher, p.idNumber),
      ...phoneColumns(cipher, p.phone),
      ...addressColumns(cipher, p.address),
      workPlace: p.workPlace,
      createdBy: null,
      createdAt: created,
      updatedAt: created,
    });
    const rules = await this.rules;
    for (const s of p.situations) {
      s.id = randomUUID();
      // The module's own check: the details each code needs, an illness on the list in force.
      const details = checkSituationDetails(s.code, s.details, rules);
      this.batch.situations.push({
        id: s.id,
        personId: id,
        code: s.code,
        since: s.since,
        until: s.until,
        details,
        note: s.note,
        createdAt: created,
      });
      for (const doc of s.documents) this.document(child, doc, { type: 'situation', id: s.id }, by);
    }
    for (const doc of p.documents) this.document(child, doc, { type: 'person', id }, by);
    return id;
  }

  private async add(child: PlannedChild): Promise<void> {
    const { cipher } = this.ctx;
    const id = randomUUID();
    child.id = id;
    const by = this.recorder(child);
    const created = this.at(child.createdOn);
    const photoId = this.ctx.storage && child.photo ? randomUUID() : null;
    const inInstitution = child.institutionSince !== null;
    this.batch.children.push({
      id,
      name: child.name,
      formerNames: [],
      sex: child.sex,
      birthDate: child.birthDate,
      ...idNumberColumns(cipher, child.idNumber),
      noIdReason: child.noIdReason,
      divisionCode: child.divisionCode,
      institutionId: inInstitution ? this.ctx.welfareHome.id : null,
      institutionSince: child.institutionSince,
      parentsUnknown: child.parentsUnknown,
      ethnicity: child.ethnicity,
      householdType: child.householdType,
      currentAddressEnc: child.address ? cipher.encrypt(child.address) : null,
      currentAddressMasked: child.address ? maskAddress(child.address) : null,
      schoolingStage: child.schoolingStage,
      schoolName: child.schoolName,
      boarding: child.boarding,
      healthStatus: child.healthStatus,
      disabilityType: child.disabilityType,
      disabilityGrade: child.disabilityGrade,
      illness: child.illness,
      familyEconomicHardship: child.familyEconomicHardship,
      guardianshipHarm: child.guardianshipHarm,
      photoDocumentId: photoId,
      status: 'active',
      version: photoId ? 2 : 1,
      createdBy: by.id,
      createdAt: created,
      updatedAt: created,
    });
    this.summary.children += 1;
    const after: Record<string, unknown> = {
      name: child.name,
      ethnicity: child.ethnicity,
      householdType: child.householdType,
      schoolingStage: child.schoolingStage,
      schoolName: child.schoolName,
      boarding: child.boarding,
      healthStatus: child.healthStatus,
      disabilityType: child.disabilityType,
      disabilityGrade: child.disabilityGrade,
      illness: child.illness,
      familyEconomicHardship: child.familyEconomicHardship,
      guardianshipHarm: child.guardianshipHarm,
      ...(child.parentsUnknown ? { parentsUnknown: true } : {}),
      ...(inInstitution ? { institutionId: this.ctx.welfareHome.name, institutionSince: child.institutionSince } : {}),
      birthDate: child.birthDate,
      sex: child.sex,
      divisionCode: child.divisionCode,
      idNumber: child.idNumber ? maskIdNumber(child.idNumber) : null,
    };
    const createChanges = Object.entries(after)
      .filter(([, to]) => to !== null)
      .map(([field, to]) => ({ field, from: null, to }));
    this.log(child, by, child.createdOn, 'create', createChanges);

    for (const r of child.relations) {
      const personId = await this.person(child, r.person, by);
      const relationId = randomUUID();
      const on = latest(child.createdOn, r.startDate);
      this.batch.relations.push({
        id: relationId,
        childId: id,
        personId,
        kind: r.kind,
        relationLabel: r.relationLabel,
        startDate: r.startDate,
        endDate: r.endDate,
        endReason: r.endReason,
        createdAt: this.at(on),
      });
      const p = r.person;
      const added = {
        'relation.kind': r.kind,
        'relation.relationLabel': r.relationLabel,
        'relation.startDate': r.startDate,
        'person.name': p.name,
        'person.idNumber': p.idNumber ? maskIdNumber(p.idNumber) : null,
        'person.phone': p.phone ? maskPhone(p.phone) : null,
        'person.address': p.address ? maskAddress(p.address) : null,
        'person.workPlace': p.workPlace,
      };
      this.log(
        child,
        by,
        on,
        'family.relation_add',
        Object.entries(added)
          .filter(([, to]) => to !== null)
          .map(([field, to]) => ({ field, from: null, to })),
      );
      if (r.kind === 'father' || r.kind === 'mother') {
        for (const s of p.situations) {
          const changes: Change[] = [
            { field: 'person.name', from: p.name, to: p.name },
            { field: 'situation.code', from: null, to: s.code },
            { field: 'situation.since', from: null, to: s.since },
            ...(s.until ? [{ field: 'situation.until', from: null, to: s.until }] : []),
            ...Object.entries(s.details).map(([k, v]) => ({ field: `situation.${k}`, from: null, to: v })),
            ...(s.note ? [{ field: 'situation.note', from: null, to: s.note }] : []),
          ];
          this.log(child, by, latest(child.createdOn, addDays(s.since, 7)), 'family.situation_add', changes);
        }
      }
      if (r.endDate) {
        this.log(child, by, r.endDate, 'family.relation_end', [
          { field: 'relation.kind', from: r.kind, to: r.kind },
          { field: 'person.name', from: p.name, to: p.name },
          { field: 'relation.endDate', from: null, to: r.endDate },
          { field: 'relation.endReason', from: null, to: r.endReason },
        ]);
      }
    }

    const decider = this.decider(child);
    for (const c of child.categories) {
      c.id = randomUUID();
      const explanation = {
        evaluatedOn: c.decidedOn,
        eligible: c.evaluation.eligible,
        since: c.evaluation.since,
        reasons: c.evaluation.reasons,
        missing: c.evaluation.missing,
      };
      this.batch.categories.push({
        id: c.id,
        childId: id,
        category: c.category,
        startDate: c.startDate,
        endDate: c.endDate,
        endReason: c.endReason,
        decisionRef: c.decisionRef,
        rulesVersion: c.evaluation.rulesVersion,
        explanation,
        recordedBy: decider.id,
        createdAt: this.at(c.decidedOn),
      });
      this.log(child, decider, c.decidedOn, 'category.record', [
        { field: 'category', from: null, to: c.category },
        { field: 'category.startDate', from: null, to: c.startDate },
        { field: 'category.decisionRef', from: null, to: c.decisionRef },
        { field: 'category.eligibleByRules', from: null, to: c.evaluation.eligible },
      ]);
      if (c.endDate) {
        this.log(child, decider, c.endDate, 'category.end', [
          { field: 'category', from: c.category, to: c.category },
          { field: 'category.endDate', from: null, to: c.endDate },
          { field: 'category.endReason', from: null, to: c.endReason },
        ]);
      }
      for (const doc of c.documents) this.document(child, doc, { type: 'category', id: c.id }, decider);
    }
    for (const doc of child.documents) this.document(child, doc, { type: 'child', id }, by);
    if (photoId && child.photo) {
      child.photo.id = photoId;
      this.batch.documents.push({
        doc: child.photo,
        childId: id,
        subjectType: 'child',
        subjectId: id,
        uploadedBy: by.id,
        at: this.at(child.photo.uploadedOn),
        documentId: photoId,
      });
      this.log(child, by, child.photo.uploadedOn, 'update', [
        { field: 'photo', from: null, to: `${child.photo.title}.png` },
      ]);
    }
    if (child.transfer || child.linkRequest) this.summary.special.push(child);
    if (this.summary.featured.length < FEATURED_READS)
      this.summary.featured.push({ id, divisionCode: child.divisionCode, recordedBy: child.recordedBy });
    this.entries.sort((x, y) => (x.at?.getTime() ?? 0) - (y.at?.getTime() ?? 0));
    this.batch.history.push(...this.entries);
    this.entries = [];
  }

  private async flush(): Promise<void> {
    const b = this.batch;
    this.batch = new Batch();
    if (b.children.length === 0) return;
    const { db, batchSize } = this.ctx;
    await bulkInsert(db, children, b.children, batchSize);
    await bulkInsert(db, persons, b.persons, batchSize);
    await bulkInsert(db, childRelations, b.relations, batchSize);
    await bulkInsert(db, personSituations, b.situations, batchSize);
    await bulkInsert(db, childCategories, b.categories, batchSize);
    if (this.ctx.storage && b.documents.length > 0) {
      const rows = await storeDocuments(this.ctx.storage, b.documents, this.summary.storedKeys);
      await bulkInsert(db, documents, rows, batchSize);
      this.summary.documents += rows.length;
    }
    await bulkInsert(db, childHistory, b.history, batchSize * 4);
    const s = this.summary;
    s.persons += b.persons.length;
    s.relations += b.relations.length;
    s.situations += b.situations.length;
    s.categories += b.categories.length;
    s.history += b.history.length;
    this.ctx.onProgress?.(s.children);
  }
}
