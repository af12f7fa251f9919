// A part of the registry whose server side may not be deployed yet answers 404 on a file that
// exists: say so calmly instead of showing an error.
import { Alert, Empty } from 'antd';
import { ApiError, errorText } from '../api/client';

export function isNotReady(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

export function LoadProblem({ error, notReadyText }: { error: unknown; notReadyText: string }) {
  if (isNotReady(error)) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={notReadyText} />;
  return <Alert type="error" showIcon message={errorText(error)} />;
}
