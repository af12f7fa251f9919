// The papers checklist form's values and the body they publish: each list is held as the Chinese names of its
// papers; a paper named as in the list in force keeps its code and English name. A server problem's path is cut
// to the form field that holds it (pure, so it is unit-tested without a page).
import type { Dayjs } from 'dayjs';
import type { PaperChecklist, PaperChecklistInput } from '../../api/applications';

/** The form holds each list as the Chinese names of its papers; the rest is kept from the list in force. */
export interface PublishValues {
  effectiveFrom: Dayjs;
  source: string;
  byCategory: Record<string, string[]>;
  bySituation: Record<string, string>;
  terminate: string[];
}

type PaperInput = PaperChecklistInput['terminate'][number];

export function publishBody(values: PublishValues, inForce: PaperChecklist): PaperChecklistInput {
  const known = [...inForce.byCategory.flatMap((c) => c.papers), ...inForce.terminate];
  const paper = (zh: string): PaperInput => {
    const same = known.find((p) => p.name.zh === zh.trim());
    // A new paper's English name starts as its Chinese one; the code is made by the server from the name.
    return same ? { code: same.code, name: same.name } : { name: { zh: zh.trim(), en: zh.trim() } };
  };
  return {
    effectiveFrom: values.effectiveFrom.format('YYYY-MM-DD'),
    source: values.source.trim(),
    byCategory: Object.fromEntries(
      inForce.byCategory.map((c) => [c.category, (values.byCategory[c.category] ?? []).map(paper)]),
    ),
    bySituation: Object.fromEntries(
      inForce.bySituation.map((s) => {
        const zh = (values.bySituation[s.situation] ?? '').trim();
        return [s.situation, zh === s.name.zh ? s.name : { zh, en: zh }];
      }),
    ),
    terminate: (values.terminate ?? []).map(paper),
  };
}

/** A problem's path cut to the form field that holds it: a whole list, or one situation's name. */
export function formPath(path: string): (string | number)[] {
  const [head = path, key] = path.split('.');
  if ((head === 'byCategory' || head === 'bySituation') && key !== undefined) return [head, key];
  return [head];
}
