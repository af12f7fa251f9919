// The categories module's home-page work: 主动发现 (facts that meet a category not yet held) and
// detentions whose term has run out (release.tasks.ts).
import { serviceDate } from '@hehu/domain';
import { scopeFor } from '../../platform/access.ts';
import { taskText, type TaskProvider } from '../../platform/tasks.ts';
import { countPotentiallyEligible } from './potential.ts';
import { confirmReleases } from './release.tasks.ts';

const tr = taskText;

/** 主动发现: children whose recorded facts meet a category they do not hold yet. */
/** The home page counts potential cases up to this number (the 主动发现 page lists them all). */
const POTENTIAL_SHOWN = 100;

const potentiallyEligible: TaskProvider = async ({ actor, db, locale }) => {
  if (!actor.permissions.has('children:write')) return [];
  const n = await countPotentiallyEligible(db, scopeFor(actor, 'children:read'), serviceDate(), POTENTIAL_SHOWN);
  if (n === 0) return [];
  const count = n >= POTENTIAL_SHOWN ? tr(locale, `${POTENTIAL_SHOWN} 名以上`, `${POTENTIAL_SHOWN}+`) : String(n);
  return [
    {
      id: 'potentially-eligible',
      kind: 'children',
      title: tr(
        locale,
        `${count}${n >= POTENTIAL_SHOWN ? '' : ' 名'}儿童可能符合保障条件，尚未认定`,
        `${count} children may qualify for a protection category they do not hold`,
      ),
      description: tr(
        locale,
        '按档案中的家庭情况核实，需要时协助申请',
        'Check the family facts on file and help them apply where needed',
      ),
      dueDate: null,
      link: '/potentially-eligible',
      severity: 'warning',
    },
  ];
};

export const categoryTaskProviders: readonly TaskProvider[] = [potentiallyEligible, confirmReleases];
