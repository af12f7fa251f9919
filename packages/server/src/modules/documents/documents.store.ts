// Documents are reached only through their child: callers load the child with getChildRow (which applies
// the caller's scope) first and pass its id here, so no query below needs a scope of its own.
import { and, desc, eq, exists } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { childCategories, childRelations, documents, personSituations, visits } from '../../db/schema.ts';

export type DocumentRow = typeof documents.$inferSelect;
export type SubjectType = DocumentRow['subjectType'];

export const documentColumns = {
  id: documents.id,
  subjectType: documents.subjectType,
  subjectId: documents.subjectId,
  title: documents.title,
  fileName: documents.fileName,
  mimeType: documents.mimeType,
  sizeBytes: documents.sizeBytes,
  uploadedBy: documents.uploadedBy,
  createdAt: documents.createdAt,
};

/**
 * Whether the subject is part of this child's file: the child itself, a person linked by a relation
 * (current or ended), a situation of such a person, one of the child's category records or visits.
 */
export async function subjectBelongsToChild(
  db: Queryable,
  childId: string,
  subjectType: SubjectType,
  subjectId: string,
): Promise<boolean> {
  const relationTo = (personId: string | typeof personSituations.personId) =>
    db
      .select({ id: childRelations.id })
      .from(childRelations)
      .where(and(eq(childRelations.childId, childId), eq(childRelations.personId, personId)));
  switch (subjectType) {
    case 'child':
      return subjectId === childId;
    case 'person': {
      const [row] = await relationTo(subjectId).limit(1);
      return row !== undefined;
    }
    case 'situation': {
      const [row] = await db
        .select({ id: personSituations.id })
        .from(personSituations)
        .where(and(eq(personSituations.id, subjectId), exists(relationTo(personSituations.personId))))
        .limit(1);
      return row !== undefined;
    }
    case 'category': {
      const [row] = await db
        .select({ id: childCategories.id })
        .from(childCategories)
        .where(and(eq(childCategories.id, subjectId), eq(childCategories.childId, childId)))
        .limit(1);
      return row !== undefined;
    }
    case 'visit': {
      const [row] = await db
        .select({ id: visits.id })
        .from(visits)
        .where(and(eq(visits.id, subjectId), eq(visits.childId, childId)))
        .limit(1);
      return row !== undefined;
    }
  }
}

export async function listDocuments(db: Queryable, childId: string) {
  return db
    .select(documentColumns)
    .from(documents)
    .where(eq(documents.childId, childId))
    .orderBy(desc(documents.createdAt), desc(documents.id));
}

export async function getDocument(
  db: Queryable,
  childId: string,
  documentId: string,
): Promise<DocumentRow | undefined> {
  const [row] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.id, documentId), eq(documents.childId, childId)))
    .limit(1);
  return row;
}
