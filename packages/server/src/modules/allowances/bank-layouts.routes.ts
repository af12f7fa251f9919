// A county's bank layouts: the one in use, the choice among the shared and its own layouts, and the editor's save
// (columns, headers, order, encoding; every save a new version, audited with it).
import { BANK_COLUMN_KEYS, type BankColumnKey } from '@hehu/domain';
import { z } from 'zod';
import { defineRoute } from '../../platform/http.ts';
import { chooseBankLayout, countyBankLayout, saveCountyLayout } from './bank-layouts.service.ts';

const countyParams = z.strictObject({ code: z.string().regex(/^\d{6}$/, '县级区划代码为 6 位数字') });

const columnKey = z.enum(BANK_COLUMN_KEYS as [BankColumnKey, ...BankColumnKey[]], {
  error: '列的内容（字段）无法识别',
});

const layoutView = z.object({
  code: z.string(),
  name: z.string(),
  version: z.number().int(),
  builtIn: z.boolean(),
  columns: z.array(z.object({ key: columnKey, header: z.string() })),
  encoding: z.enum(['utf-8', 'gbk']),
  referenceColumn: columnKey.nullable(),
  updatedAt: z.string(),
});

const layoutInput = z.strictObject({
  code: z.string().min(1).max(40).nullable(),
  version: z.number().int().min(1).nullable(),
  name: z.string().trim().min(1, '格式名称不能为空').max(40, '格式名称最多 40 个字'),
  columns: z
    .array(
      z.strictObject({
        key: columnKey,
        header: z.string().max(30, '表头名称最多 30 个字'),
      }),
    )
    .min(1, '至少要有一列')
    .max(BANK_COLUMN_KEYS.length, `最多 ${BANK_COLUMN_KEYS.length} 列`),
  encoding: z.enum(['utf-8', 'gbk'], { error: '文件编码应为 UTF-8 或 GBK' }),
  referenceColumn: columnKey.nullable(),
});

export const allowanceBankLayoutRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/allowances/counties/:code/bank-layout',
    access: 'allowances:read',
    summary: '本县使用的银行文件格式、可选格式与近期名册所用版本 The county’s bank layout and its choices',
    tags: ['allowances'],
    params: countyParams,
    response: z.object({
      countyCode: z.string(),
      countyName: z.string(),
      layoutCode: z.string(),
      layouts: z.array(layoutView),
      exportedRolls: z.array(
        z.object({
          rollId: z.uuid(),
          month: z.string(),
          layoutCode: z.string(),
          layoutName: z.string(),
          version: z.number().int(),
        }),
      ),
    }),
    handler: (ctx) => countyBankLayout(ctx, ctx.params.code),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/allowances/counties/:code/bank-layout',
    access: 'allowances:prepare',
    status: 204,
    summary: '设定本县使用的银行文件格式 Choose the county’s bank layout',
    tags: ['allowances'],
    params: countyParams,
    body: z.strictObject({ layoutCode: z.string().min(1).max(40) }),
    response: z.void(),
    handler: async (ctx) => {
      await chooseBankLayout(ctx, ctx.params.code, ctx.body.layoutCode);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/allowances/counties/:code/bank-layouts',
    access: 'allowances:prepare',
    status: 201,
    summary:
      '保存本县银行文件格式并启用（新格式，或本县格式的新版本；已导出的名册保留原版本）Save a county bank layout',
    tags: ['allowances'],
    params: countyParams,
    body: layoutInput,
    response: layoutView,
    handler: (ctx) => saveCountyLayout(ctx, ctx.params.code, ctx.body),
  }),
];
