// Shared by the duplicate tests: create a file without the near-duplicate prompt, and find a scanned pair.
import { expect } from 'vitest';
import type { Client } from './harness.ts';

export const code = (res: { json: Record<string, unknown> }) => (res.json.error as { code: string } | undefined)?.code;

export interface Side {
  id: string;
  name: string;
  divisionName: string;
  categories: string[];
  status: string;
}
export interface Pair {
  id: string;
  score: number;
  status: string;
  a: Side;
  b: Side;
}

export async function create(c: Client, body: Record<string, unknown>): Promise<{ id: string; sex: string }> {
  const res = await c.post('/api/children', { confirmNotDuplicate: true, ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: res.json.id as string, sex: res.json.sex as string };
}

export async function pairOf(c: Client, x: string, y: string, status = 'open'): Promise<Pair | undefined> {
  const res = await c.get(`/api/duplicates?status=${status}&limit=200`);
  expect(res.status).toBe(200);
  return (res.json.data as Pair[]).find((p) => [p.a.id, p.b.id].sort().join() === [x, y].sort().join());
}
