// Generators for the fuzzer: values from the OpenAPI document's JSON Schemas (valid by construction, with ids and
// codes that exist when the field's name says what it holds), and hostile values that a careful client never sends.
import { makeIdNumber } from '@hehu/domain';
import fc from 'fast-check';

export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
};

/** Known values by name (ids of records that exist, division codes, role codes), gathered before the run. */
export type Pools = Map<string, string[]>;

/** Strings an attacker tries: control and invisible characters, bidi overrides, lone surrogates, wildcards. */
export const HOSTILE_STRINGS: readonly string[] = [
  '\u0000',
  'a\u0000b',
  '张\u202e三fdp.exe',
  '\u200b',
  '王\u200d芳',
  '\ud800',
  'x\udfff',
  '\u0007\u001b[31m',
  '%',
  '_',
  '\\',
  "'; drop table children; --",
  '../../etc/passwd',
  '${7*7}{{7*7}}',
  '<script>alert(1)</script>',
  ' ',
  '',
  '0',
  '-1',
  '1e309',
  'NaN',
  'null',
  'true',
  '["x","not-a-uuid"]',
  '[1e300]',
  '511102198001011234',
  '00000000-0000-0000-0000-000000000000',
  'ＡＢＣ１２３',
  'e\u0301',
  '𠀀𠀁',
  'x'.repeat(5000),
];

export const HOSTILE_NUMBERS: readonly number[] = [
  0,
  -1,
  -0,
  1e300,
  -1e300,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 31,
  0.5,
  1e-300,
];

/** Any hostile value: strings, numbers, wrong types and shapes. */
export function hostileValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
    {
      weight: 2,
      arbitrary: fc.constantFrom<unknown>(
        null,
        true,
        false,
        [],
        {},
        ['a', 'b'],
        [1e300],
        { $ne: null },
        { __proto__: { admin: true } },
        [[[[[[[[[[[]]]]]]]]]]],
      ),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  );
}

const DATE = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Values for fields whose name says what they hold, so requests reach past the first lookup. */
function hinted(name: string | undefined, pools: Pools): fc.Arbitrary<unknown> | undefined {
  if (!name) return undefined;
  const pool = (key: string) => {
    const values = pools.get(key);
    return values?.length ? fc.constantFrom(...values) : undefined;
  };
  switch (name) {
    case 'divisionCode':
    case 'toDivision':
      return pool('villages');
    case 'division':
    case 'parent':
      return pool('divisions');
    case 'idNumber':
      return fc
        .tuple(fc.constantFrom('511102', '511123', '511112'), DATE, fc.integer({ min: 1, max: 999 }))
        .map(([region, date, seq]) => makeIdNumber(region, date, seq));
    case 'keepId':
    case 'excludeId':
      return pool('children');
    case 'institutionId':
      return pool('institutions');
    case 'role':
      return pool('roles');
    case 'personId':
      return pool('persons');
    default:
      return undefined;
  }
}

/** A value the schema accepts (mostly: patterns the generator cannot follow fall back to plain strings). */
export function valueOf(schema: JsonSchema | undefined, pools: Pools, name?: string, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return fc.constant(null);
  const hint = hinted(name, pools);
  if (hint) return fc.oneof({ weight: 3, arbitrary: hint }, { weight: 1, arbitrary: plain(schema, pools, depth) });
  return plain(schema, pools, depth);
}

function plain(schema: JsonSchema, pools: Pools, depth: number): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => valueOf(s, pools, undefined, depth + 1)));
  if (schema.allOf?.[0]) return valueOf(schema.allOf[0], pools, undefined, depth + 1);
  if (Array.isArray(schema.type))
    return fc.oneof(...schema.type.map((type) => valueOf({ ...schema, type }, pools, undefined, depth + 1)));
  switch (schema.type) {
    case 'string':
      return stringOf(schema);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1000, max: Math.min(schema.maximum ?? 100_000, 2 ** 31 - 1) });
    case 'number':
      return fc.double({
        min: schema.minimum ?? schema.exclusiveMinimum ?? -1e6,
        max: schema.maximum ?? schema.exclusiveMaximum ?? 1e6,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(valueOf(schema.items, pools, undefined, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 3, 3),
      });
    case 'object':
      return objectOf(schema, pools, depth);
    default:
      return fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean());
  }
}

const NAME_CHARACTERS = ['王', '李', '张', '刘', '陈', '杨', '芳', '丽', '强', '伟', '明', '华'];

function stringOf(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.format === 'date') return DATE;
  if (schema.format === 'date-time') return DATE.map((d) => `${d}T08:00:00.000Z`);
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 40, 60);
  if (schema.pattern) {
    try {
      return fc
        .stringMatching(new RegExp(schema.pattern))
        .filter((s) => s.length >= minLength && s.length <= (schema.maxLength ?? Infinity));
    } catch {
      // A pattern fast-check cannot follow: plain text below.
    }
  }
  return fc.oneof(
    fc.string({ minLength, maxLength }),
    fc.string({ unit: fc.constantFrom(...NAME_CHARACTERS), minLength: Math.max(minLength, 1), maxLength }),
  );
}

function objectOf(schema: JsonSchema, pools: Pools, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, s] of Object.entries(properties)) record[key] = valueOf(s, pools, key, depth + 1);
  return fc.record(record, { requiredKeys: [...required].filter((k) => k in record) });
}

/**
 * An invalid version of a valid object: a field replaced by a hostile value, a field too many, a required field
 * missing, or another JSON value in its place.
 */
export function spoiled(valid: fc.Arbitrary<unknown>, schema: JsonSchema | undefined): fc.Arbitrary<unknown> {
  const keys = Object.keys(schema?.properties ?? {});
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .tuple(valid, keys.length ? fc.constantFrom(...keys) : fc.constant('x'), hostileValue())
        .map(([v, key, bad]) => ({ ...asObject(v), [key]: bad })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(valid, fc.constantFrom('isAdmin', 'id', 'createdBy', '__proto__', 'constructor', 'a\u0000'))
        .map(([v, key]) => ({ ...asObject(v), [key]: true })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(valid, fc.constantFrom(...(schema?.required?.length ? schema.required : ['x'])))
        .map(([v, key]) => Object.fromEntries(Object.entries(asObject(v)).filter(([k]) => k !== key))),
    },
    { weight: 1, arbitrary: hostileValue() },
  );
}

function asObject(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/**
 * A query or path value as it travels in a URL. A lone surrogate cannot be percent-encoded as UTF-8, so it goes as
 * the bytes an attacker would send (CESU-8), which are not UTF-8 at all.
 */
export function urlEncode(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined');
  try {
    return encodeURIComponent(text);
  } catch {
    return Array.from(text)
      .map((ch) => {
        const unit = ch.charCodeAt(0);
        if (unit >= 0xd800 && unit <= 0xdfff && ch.length === 1) {
          const bytes = [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)];
          return bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join('');
        }
        return encodeURIComponent(ch);
      })
      .join('');
  }
}
