// Minor-protection cases (RULES §6): vocabulary, tiers and time limits, the stage table, and de-identification.
export * from './vocabulary.ts';
export * from './tiers.ts';
export * from './lifecycle.ts';
export * from './anonymise.ts';
