// The dry run: every problem of every row, before anything is saved.
import { maskIdNumber } from '@hehu/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { children, divisions } from '../../db/schema.ts';
import { isDivisionInScope, type Scope } from '../../platform/access.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { AppError } from '../../platform/errors.ts';
import { createChildBody, type CreateChildInput, resolveIdentity } from '../children/index.ts';
import {
  ELSEWHERE_MESSAGE,
  IdCheckRefusal,
  locateIdNumbers,
  recordIdCheck,
  requireIdChecksLeft,
  type ElsewhereAnswer,
  type IdCheckContext,
} from '../security-events/index.ts';
import { CellError, LEDGER_COLUMNS, parseCell, type LedgerField, type LedgerValue } from './ledger.columns.ts';
import type { LedgerSheet } from './ledger.read.ts';
import { matchVillageNames, villagesInScope } from './ledger.villages.ts';

export type RowStatus = 'valid' | 'error' | 'duplicate_in_file' | 'exists';

export interface RowError {
  field: string;
  code: string;
  message: string;
}

export interface CheckedRow {
  row: number;
  status: RowStatus;
  name: string;
  idNumberMasked: string | null;
  errors: RowError[];
}

/** A row ready to insert: the API's create input with the identity resolved. */
export type ValidRow = CreateChildInput & { row: number; birthDate: string; sex: 'M' | 'F'; idNumber: string | null };

const HEADER_OF = new Map(LEDGER_COLUMNS.map((c) => [c.field, c.header]));

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** ID numbers looked up per query: small enough that a file full of other areas' numbers stops early. */
const ID_CHUNK = 1000;

/** A file that meets more numbers held elsewhere than the importer has left today: no answer for any row. */
function tooManyElsewhere(answers: ElsewhereAnswer[]): IdCheckRefusal {
  const error = new AppError('ID_CHECK_LIMIT', undefined, {
    zh: '本次检查遇到过多无法在本辖区登记的身份证号，已停止检查并通知安全管理员；今日不能再核验身份证号',
    en: 'The file holds too many ID numbers that cannot be registered in your area; the check stopped and the security administrator was told',
  });
  return new IdCheckRefusal(error, 'ledger.check', answers, true);
}

const noIdKey = (name: string, birthDate: string, division: string) => `${name}|${birthDate}|${division}`;

const VILLAGE_CODE = /^\d{12}$/;

/** Village names typed where the code goes, resolved against the villages in the importer's scope. */
async function villageNames(db: Queryable, scope: Scope, sheet: LedgerSheet): Promise<Map<string, string[]>> {
  const names = new Set<string>();
  for (const r of sheet.rows) {
    const text = parseCell('divisionCode', r.cells.divisionCode);
    if (typeof text === 'string' && !VILLAGE_CODE.test(text)) names.add(text);
  }
  if (names.size === 0) return new Map();
  return matchVillageNames(await villagesInScope(db, scope), names);
}

/** A village named rather than coded: one match in scope is its code; none or several is the row's error. */
function villageError(text: string, codes: readonly string[]): RowError {
  const field = HEADER_OF.get('divisionCode') ?? '';
  if (codes.length === 0)
    return {
      field,
      code: 'DIVISION_NAME_UNKNOWN',
      message: `“${text}”不是 12 位区划代码，也不是您管辖范围内的村（社区）名称：请填写代码或模板“村（社区）代码”工作表中的名称`,
    };
  return {
    field,
    code: 'DIVISION_NAME_AMBIGUOUS',
    message: `您的管辖范围内有 ${codes.length} 个村（社区）名为“${text}”（${codes.join('、')}）：名称须唯一，请填写 12 位代码`,
  };
}

/** An ID number or certificate number as an export without the unmask permission wrote it. */
const MASKED = /\*/;

export async function checkLedger(
  db: Queryable,
  scope: Scope,
  cipher: FieldCipher,
  sheet: LedgerSheet,
  checks: IdCheckContext,
): Promise<{ rows: CheckedRow[]; valid: ValidRow[] }> {
  const candidates: { checked: CheckedRow; value: ValidRow | null }[] = [];
  const named = await villageNames(db, scope, sheet);
  for (const r of sheet.rows) {
    const errors: RowError[] = [];
    const values: Partial<Record<LedgerField, LedgerValue>> = {};
    for (const [field, raw] of Object.entries(r.cells) as [LedgerField, unknown][]) {
      try {
        values[field] = parseCell(field, raw);
      } catch (e) {
        if (!(e instanceof CellError)) throw e;
        errors.push({ field: HEADER_OF.get(field) ?? field, code: e.code, message: e.zh });
      }
    }
    const division = values.divisionCode;
    if (typeof division === 'string' && !VILLAGE_CODE.test(division)) {
      const codes = named.get(division) ?? [];
      if (codes.length === 1) values.divisionCode = codes[0] ?? null;
      else errors.push(villageError(division, codes));
    }
    for (const field of ['idNumber', 'disabilityCertNo'] as const) {
      const text = values[field];
      if (typeof text === 'string' && MASKED.test(text))
        errors.push({
          field: HEADER_OF.get(field) ?? field,
          code: 'NUMBER_MASKED',
          message: `${HEADER_OF.get(field) ?? field}是脱敏号码（含 *），不能导入：请填写完整号码，或由有权查看完整号码的人员导出后再导入`,
        });
    }
    const name = typeof values.name === 'string' ? values.name : '';
    const input = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null));
    const parsed = createChildBody.safeParse(input, { error: () => '格式或长度不符合要求' });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (!errors.some((e) => e.field === (HEADER_OF.get(field as LedgerField) ?? field))) {
          errors.push({
            field: HEADER_OF.get(field as LedgerField) ?? field,
            code: 'INVALID_VALUE',
            message: issue.code === 'invalid_type' && issue.input === undefined ? '必填' : issue.message,
          });
        }
      }
    }
    let value: ValidRow | null = null;
    if (parsed.success && !errors.some((e) => e.code === 'NUMBER_MASKED')) {
      try {
        const identity = resolveIdentity(parsed.data);
        value = {
          ...parsed.data,
          row: r.rowNumber,
          birthDate: identity.birthDate,
          sex: identity.sex,
          idNumber: identity.idNumber,
          noIdReason: identity.noIdReason,
        };
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        const detail = e.details?.field;
        const field = (typeof detail === 'string' ? detail : 'idNumber') as LedgerField;
        errors.push({ field: HEADER_OF.get(field) ?? field, code: e.code, message: e.localizedMessage('zh-CN') });
      }
    }
    const idNumber = value?.idNumber ?? null;
    candidates.push({
      checked: {
        row: r.rowNumber,
        status: errors.length ? 'error' : 'valid',
        name,
        idNumberMasked: idNumber ? maskIdNumber(idNumber) : null,
        errors,
      },
      value: errors.length ? null : value,
    });
  }

  // Divisions: must exist, be villages, and lie in the importer's scope.
  const codes = [...new Set(candidates.flatMap((c) => (c.value ? [c.value.divisionCode] : [])))];
  const known = new Map<string, string>();
  for (const part of chunks(codes, 1000)) {
    for (const d of await db
      .select({ code: divisions.code, level: divisions.level })
      .from(divisions)
      .where(inArray(divisions.code, part))) {
      known.set(d.code, d.level);
    }
  }
  const fail = (c: (typeof candidates)[number], e: RowError, status: RowStatus = 'error') => {
    c.checked.errors.push(e);
    c.checked.status = status;
    c.value = null;
  };
  for (const c of candidates) {
    if (!c.value) continue;
    const code = c.value.divisionCode;
    if (known.get(code) !== 'village')
      fail(c, {
        field: HEADER_OF.get('divisionCode') ?? '',
        code: 'DIVISION_NOT_FOUND',
        message: `区划代码 ${code} 不是有效的村（社区）代码`,
      });
    else if (!isDivisionInScope(scope, code))
      fail(c, {
        field: HEADER_OF.get('divisionCode') ?? '',
        code: 'DIVISION_OUT_OF_SCOPE',
        message: `区划代码 ${code} 不在您的管辖范围内`,
      });
  }

  // Duplicates inside the file: the first occurrence stays, later ones are marked.
  const seen = new Map<string, number>();
  for (const c of candidates) {
    if (!c.value) continue;
    const key = c.value.idNumber ?? noIdKey(c.value.name, c.value.birthDate, c.value.divisionCode);
    const first = seen.get(key);
    if (first !== undefined)
      fail(
        c,
        { field: HEADER_OF.get('idNumber') ?? '', code: 'DUPLICATE_IN_FILE', message: `与第 ${first} 行是同一名儿童` },
        'duplicate_in_file',
      );
    else seen.set(key, c.checked.row);
  }

  // Already in the registry. Held by a child the importer may read: skipped as already registered. Held
  // elsewhere: the generic answer that does not say where, each one a security event; a file that meets more
  // of them than the importer has left today stops here, before answering for the rest of the file.
  const withId = candidates.filter((c) => c.value?.idNumber);
  if (withId.length > 0) {
    const left = await requireIdChecksLeft(checks, 'ledger.check', db);
    const indexOf = new Map(withId.map((c) => [cipher.blindIndex(c.value?.idNumber ?? ''), c]));
    const readScope = checks.scope('children:read');
    const answers: ElsewhereAnswer[] = [];
    // One array parameter per chunk rather than a parameter per number: binding 10,000 of them cost more
    // than the lookup. Chunks let a probing file stop early.
    for (const part of chunks([...indexOf.keys()], ID_CHUNK)) {
      const { inScope, elsewhere } = await locateIdNumbers(db, readScope, part);
      for (const index of inScope.keys()) {
        const c = indexOf.get(index);
        if (c)
          fail(
            c,
            {
              field: HEADER_OF.get('idNumber') ?? '',
              code: 'ALREADY_REGISTERED',
              message: '该身份证号码已在系统中登记',
            },
            'exists',
          );
      }
      for (const index of elsewhere) {
        const c = indexOf.get(index);
        if (!c) continue;
        answers.push({ idNumberMasked: c.checked.idNumberMasked ?? '', row: c.checked.row });
        fail(c, { field: HEADER_OF.get('idNumber') ?? '', code: 'ID_NUMBER_UNAVAILABLE', message: ELSEWHERE_MESSAGE });
      }
      if (answers.length > left) throw tooManyElsewhere(answers);
    }
    if (answers.length > 0) await recordIdCheck(checks, db, 'ledger.check', answers, false);
  }
  for (const c of candidates.filter((x) => x.value && !x.value.idNumber)) {
    const v = c.value;
    if (!v) continue;
    const [hit] = await db
      .select({ id: children.id })
      .from(children)
      .where(
        and(eq(children.name, v.name), eq(children.birthDate, v.birthDate), eq(children.divisionCode, v.divisionCode)),
      )
      .limit(1);
    if (hit)
      fail(
        c,
        { field: HEADER_OF.get('name') ?? '', code: 'ALREADY_REGISTERED', message: '同村已有同名、同出生日期的档案' },
        'exists',
      );
  }

  return {
    rows: candidates.map((c) => c.checked),
    valid: candidates.flatMap((c) => (c.value ? [c.value] : [])),
  };
}
