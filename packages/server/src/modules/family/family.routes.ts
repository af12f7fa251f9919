// Family routes: every one loads the child within the caller's scope first, and reaches a person only
// through a relation to that child, so anything out of scope answers 404. Link requests: person-links.routes.ts.
import { serviceDate } from '@hehu/domain';
import { z } from 'zod';
import { defineRoute } from '../../platform/http.ts';
import { requireChild } from './change-context.ts';
import { withIdChecks } from '../security-events/index.ts';
import {
  addRelationBody,
  addRelationResult,
  addSituationBody,
  childParams,
  endRelationBody,
  endSituationBody,
  linkRequestItem,
  personItem,
  personParams,
  relationItem,
  relationParams,
  situationItem,
  situationParams,
  unmaskBody,
  updatePersonBody,
} from './family.schemas.ts';
import { addRelation, endRelation } from './family.service.ts';
import { familyOf } from './family.store.ts';
import { personLinkRoutes } from './person-links.routes.ts';
import { linksOfChild } from './person-links.store.ts';
import { unmaskPerson, updatePerson } from './person.service.ts';
import { addSituation, endSituation } from './situations.service.ts';

export const familyRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/children/:id/family',
    access: 'children:read',
    summary: '父母、监护人和委托照护人 Parents, guardians and carers',
    tags: ['family'],
    params: childParams,
    response: z.object({ relations: z.array(relationItem), linkRequests: z.array(linkRequestItem) }),
    handler: async (ctx) => {
      const child = await requireChild(ctx.db, ctx.scope('children:read'), ctx.params.id);
      // The family (parents' situations, carers' addresses) is read like the file itself: audited.
      await ctx.audit(ctx.db, { action: 'child.family.read', targetType: 'child', targetId: child.id });
      return {
        relations: await familyOf(ctx.db, child.id, serviceDate()),
        linkRequests: await linksOfChild(ctx.db, child.id),
      };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/children/:id/relations',
    access: 'children:write',
    status: 201,
    summary:
      '登记父母、监护人或委托照护人（他辖区已登记的人员须对方确认）Add a relation, or ask to link a person another area holds',
    tags: ['family'],
    params: childParams,
    body: addRelationBody,
    response: addRelationResult,
    handler: (ctx) => withIdChecks(ctx, () => addRelation(ctx, ctx.params.id, ctx.body)),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/children/:id/relations/:relationId/end',
    access: 'children:write',
    summary: '终止关系（如变更监护人）End a relation',
    tags: ['family'],
    params: relationParams,
    body: endRelationBody,
    response: relationItem,
    handler: (ctx) => endRelation(ctx, ctx.params.id, ctx.params.relationId, ctx.body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/children/:id/persons/:personId',
    access: 'children:write',
    summary: '修改人员联系信息 Edit a person',
    tags: ['family'],
    params: personParams,
    body: updatePersonBody,
    response: personItem,
    handler: (ctx) => updatePerson(ctx, ctx.params.id, ctx.params.personId, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/children/:id/persons/:personId/situations',
    access: 'children:write',
    status: 201,
    summary: '登记父母的情形（死亡、服刑、重病等）Add a situation',
    tags: ['family'],
    params: personParams,
    body: addSituationBody,
    response: situationItem,
    handler: (ctx) => addSituation(ctx, ctx.params.id, ctx.params.personId, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/children/:id/persons/:personId/situations/:situationId/end',
    access: 'children:write',
    summary: '情形结束（如刑满释放）End a situation',
    tags: ['family'],
    params: situationParams,
    body: endSituationBody,
    response: situationItem,
    handler: (ctx) => endSituation(ctx, ctx.params.id, ctx.params.personId, ctx.params.situationId, ctx.body.until),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/children/:id/persons/:personId/unmask',
    access: 'children:unmask',
    summary: '查看人员完整敏感信息（留痕）Unmask a field of a person (audited)',
    tags: ['family'],
    params: personParams,
    body: unmaskBody,
    response: z.object({ field: z.enum(['idNumber', 'phone', 'address']), value: z.string().nullable() }),
    handler: (ctx) => unmaskPerson(ctx, ctx.params.id, ctx.params.personId, ctx.body.field),
  }),
  ...personLinkRoutes,
];
