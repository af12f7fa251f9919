// What a page part shows when its data cannot be loaded: the server's own message (a 404 says the record was not
// found — every part of the registry is deployed, so a 404 is never "not available yet").
import { Alert } from 'antd';
import { errorText } from '../api/client';

export function LoadProblem({ error }: { error: unknown }) {
  return <Alert type="error" showIcon message={errorText(error)} />;
}
