// Helpers the application tests share: a child in a village, a parent with a situation, a paper on the file, an
// action on an application.
import { makeIdNumber } from '@hehu/domain';
import { expect } from 'vitest';
import type { Client } from './harness.ts';
import { pngBytes } from './uploads.ts';

let seq = 700;
export async function newChild(c: Client, name: string, division: string): Promise<string> {
  seq += 1;
  const res = await c.post('/api/children', {
    name,
    idNumber: makeIdNumber('511102', '2014-04-04', seq),
    divisionCode: division,
    householdType: 'rural',
    confirmNotDuplicate: true,
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json.id as string;
}

/** A parent with one situation; answers the situation's id, so a paper can be attached to it. */
export async function parent(
  c: Client,
  childId: string,
  kind: 'father' | 'mother',
  situation: Record<string, unknown>,
) {
  const rel = await c.post(`/api/children/${childId}/relations`, {
    kind,
    startDate: '2014-04-04',
    person: { name: kind === 'father' ? '郑国华' : '何素芬', sex: kind === 'father' ? 'M' : 'F' },
  });
  expect(rel.status, JSON.stringify(rel.json)).toBe(201);
  const personId = (rel.json.person as { id: string }).id;
  const s = await c.post(`/api/children/${childId}/persons/${personId}/situations`, situation);
  expect(s.status, JSON.stringify(s.json)).toBe(201);
  return s.json.id as string;
}

export async function paper(c: Client, childId: string, title: string, situationId?: string) {
  const subject = situationId ? `&subjectType=situation&subjectId=${situationId}` : '';
  const res = await c.upload(
    'POST',
    `/api/children/${childId}/documents?title=${encodeURIComponent(title)}&fileName=a.png${subject}`,
    pngBytes(),
  );
  expect(res.status, JSON.stringify(res.json)).toBe(201);
}

export async function act(c: Client, id: string, action: string, version: number, extra: Record<string, unknown> = {}) {
  return c.post(`/api/applications/${id}/actions`, { action, version, ...extra });
}
