// A child's payee account (收款账户): read with who it may be paid to, saved as a new row (the old one ended with
// a reason), and the full number shown on an audited request.
import { serviceDate } from '@hehu/domain';
import { defineRoute } from '../../platform/http.ts';
import { accountView, childParams, payeeAccountView, saveAccountBody, unmaskedAccount } from './accounts.schemas.ts';
import { readPayeeAccount, savePayeeAccount, unmaskPayeeAccount } from './accounts.service.ts';

export const allowanceAccountRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/children/:id/payee-account',
    access: 'allowances:read',
    summary: '基本生活费收款账户（当前与历次，可选收款人）Payee account of a child',
    tags: ['allowances'],
    params: childParams,
    response: payeeAccountView,
    handler: async (ctx) => {
      const view = await readPayeeAccount(ctx.db, ctx.scope('allowances:read'), ctx.params.id, serviceDate());
      await ctx.audit(ctx.db, {
        action: 'allowance.account.read',
        targetType: 'child',
        targetId: ctx.params.id,
        details: { accountId: view.current?.id ?? null },
      });
      return view;
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/children/:id/payee-account',
    access: 'allowances:prepare',
    summary: '保存收款账户（新增一行并结束原账户；收款人须为现任监护人或养育机构）Save the payee account',
    tags: ['allowances'],
    params: childParams,
    body: saveAccountBody,
    response: accountView,
    handler: (ctx) => savePayeeAccount(ctx, ctx.params.id, ctx.body, serviceDate()),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/children/:id/payee-account/unmask',
    access: 'allowances:prepare',
    summary: '查看完整银行账号（留痕）Show the full account number',
    tags: ['allowances'],
    params: childParams,
    response: unmaskedAccount,
    handler: (ctx) => unmaskPayeeAccount(ctx, ctx.params.id),
  }),
];
