// Allowances (RULES §3): months and money, standards, the entitlement engine and fund supervision.
export * from './months.ts';
export * from './money.ts';
export * from './standards.ts';
export * from './entitlement.ts';
export * from './supervision.ts';
export * from './bank.ts';
