// Which cases the demo has (seed/demo/cases.ts): a year of a county's minor-protection work, every channel, tier
// and stage, and the examples each role must meet — the urgent report gone past its hour, the reports of
// demo_teacher's school, referrals waiting at the police, the three guardianship measures, a closure sent back,
// a second report joining an open case, cases another worker holds, and an access by break-the-glass.
import type { CaseStage } from '@hehu/domain';
import { STORIES, type CaseStory } from './cases-stories.ts';
import type { Rng } from './random.ts';

export type Owner = 'demo_protect' | 'demo_county' | 'xie.hong' | 'zhou.min';

export interface CaseSlot {
  county: 'demo' | 'other';
  stage: CaseStage;
  story: CaseStory;
  owner: Owner;
  /** Received about three hours ago and urgent: an hour past its response limit, escalated. */
  overdue?: boolean;
  /** Received within the hour. */
  fresh?: boolean;
  /** The open referral's state: waiting (past its due date or not) or accepted by the partner. */
  openReferral?: 'sent' | 'overdue' | 'accepted';
  declined?: boolean;
  guardianship?: 'temporary' | 'temporary_ended' | 'long_term';
  secondIntake?: boolean;
  satisfaction?: number;
  /** Closure sent back once by the supervisor before it was approved. */
  returned?: boolean;
  breakGlass?: boolean;
  library?: 'published' | 'draft';
}

const byKey = new Map(STORIES.map((s) => [s.key, s]));
const s = (key: string): CaseStory => {
  const found = byKey.get(key);
  if (!found) throw new Error(`no case story ${key}`);
  return found;
};

type Spec = Omit<CaseSlot, 'story' | 'county' | 'owner'> & { key: string; owner?: Owner };

/** The demo county's examples; the rest of its year is filled from the stories below. */
const DEMO_EXAMPLES: readonly Spec[] = [
  { key: 'alone_at_home', stage: 'intake', overdue: true },
  { key: 'neighbour_12345', stage: 'intake', fresh: true },
  { key: 'absence_bruises', stage: 'intake', fresh: true },
  { key: 'consult_allowance', stage: 'intake' },
  { key: 'teacher_hungry', stage: 'verification' },
  { key: 'parent_detained', stage: 'verification', openReferral: 'sent' },
  { key: 'consult_custody', stage: 'verification' },
  { key: 'school_dropout_12345', stage: 'assessment', openReferral: 'sent' },
  { key: 'girl_injured', stage: 'assessment', owner: 'demo_county' },
  { key: 'walk_in_teen', stage: 'assessment', owner: 'xie.hong' },
  { key: 'unattended_toddler', stage: 'plan' },
  { key: 'disabled_child', stage: 'plan', openReferral: 'accepted' },
  { key: 'alone_at_home', stage: 'implementation', guardianship: 'temporary' },
  { key: 'orphan_long_term', stage: 'implementation', guardianship: 'long_term' },
  { key: 'absence_bruises', stage: 'implementation', openReferral: 'overdue' },
  { key: 'walk_in_teen', stage: 'implementation', openReferral: 'accepted', owner: 'demo_county' },
  { key: 'walk_in_grandma', stage: 'implementation', declined: true },
  { key: 'neighbour_12345', stage: 'implementation', secondIntake: true },
  { key: 'bullying_12345', stage: 'implementation' },
  { key: 'teacher_leftbehind', stage: 'closure_review' },
  { key: 'hotline_grandpa_drunk', stage: 'closure_review' },
  { key: 'missing_girl', stage: 'closure_review' },
  { key: 'girl_injured', stage: 'closed', guardianship: 'temporary_ended', library: 'published' },
  { key: 'absence_bruises', stage: 'closed', satisfaction: 5, library: 'draft' },
  { key: 'teacher_hungry', stage: 'closed', satisfaction: 4 },
  { key: 'teacher_leftbehind', stage: 'closed' },
  { key: 'walk_in_teen', stage: 'closed', owner: 'xie.hong' },
  { key: 'disabled_child', stage: 'closed', returned: true },
  { key: 'alone_at_home', stage: 'closed', library: 'published' },
  { key: 'begging_station', stage: 'closed', library: 'published' },
];
const DEMO_FILL: Partial<Record<CaseStage, number>> = {
  verification: 1,
  assessment: 1,
  plan: 1,
  implementation: 3,
  closed: 24,
};

const OTHER_EXAMPLES: readonly Spec[] = [
  { key: 'hotline_grandpa_drunk', stage: 'intake', fresh: true },
  { key: 'unattended_toddler', stage: 'verification' },
  { key: 'missing_girl', stage: 'assessment', owner: 'demo_protect', breakGlass: true },
  { key: 'walk_in_grandma', stage: 'plan' },
  { key: 'absence_bruises', stage: 'implementation', openReferral: 'sent' },
  { key: 'disabled_child', stage: 'implementation', owner: 'demo_protect' },
  { key: 'teacher_hungry', stage: 'closure_review' },
];
const OTHER_FILL: Partial<Record<CaseStage, number>> = { closed: 8 };

/** Consultations are answered and closed, or still waiting for their answer; never assessed or planned. */
function fits(story: CaseStory, stage: CaseStage): boolean {
  if (story.consult) return stage === 'intake' || stage === 'verification' || stage === 'closed';
  // The long-term guardianship story stays open: civil affairs is the guardian until the child is grown.
  return story.key !== 'orphan_long_term';
}

function fill(rng: Rng, counts: Partial<Record<CaseStage, number>>, used: Map<string, number>): Spec[] {
  const specs: Spec[] = [];
  for (const [stage, n] of Object.entries(counts) as [CaseStage, number][]) {
    for (let i = 0; i < n; i++) {
      const candidates = STORIES.filter((st) => fits(st, stage));
      const least = Math.min(...candidates.map((st) => used.get(st.key) ?? 0));
      const story = rng.pick(candidates.filter((st) => (used.get(st.key) ?? 0) === least));
      used.set(story.key, (used.get(story.key) ?? 0) + 1);
      specs.push({ key: story.key, stage });
    }
  }
  return specs;
}

/** The demo's cases, the examples first, in a fixed order for a seed. */
export function planCases(rng: Rng): CaseSlot[] {
  const count = (specs: readonly Spec[]) => {
    const used = new Map<string, number>();
    for (const sp of specs) used.set(sp.key, (used.get(sp.key) ?? 0) + 1);
    return used;
  };
  const demo = [...DEMO_EXAMPLES, ...fill(rng, DEMO_FILL, count(DEMO_EXAMPLES))];
  const other = [...OTHER_EXAMPLES, ...fill(rng, OTHER_FILL, count(OTHER_EXAMPLES))];
  const slots: CaseSlot[] = [];
  demo.forEach(({ key, owner, ...rest }, i) => {
    // demo_county holds every eighth case of the year itself, with demo_protect on the team.
    const own: Owner = owner ?? (i >= DEMO_EXAMPLES.length && i % 8 === 0 ? 'demo_county' : 'demo_protect');
    slots.push({ ...rest, county: 'demo', story: s(key), owner: own });
  });
  other.forEach(({ key, owner, ...rest }, i) => {
    slots.push({
      ...rest,
      county: 'other',
      story: s(key),
      owner: owner ?? (i % 3 === 2 ? 'demo_protect' : 'zhou.min'),
    });
  });
  return slots;
}
