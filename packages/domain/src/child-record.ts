// Value lists of the child record shared by the server's validation, the ledger import and the web forms.
export const SCHOOLING_STAGES = [
  'not_in_kindergarten',
  'kindergarten',
  'primary',
  'junior',
  'senior',
  'vocational',
  'dropped_out',
  'not_in_school',
] as const;
export type SchoolingStage = (typeof SCHOOLING_STAGES)[number];
