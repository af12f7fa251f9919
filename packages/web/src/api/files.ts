// Raw-body uploads (with progress) and file downloads. `fetch` cannot report upload progress, so
// uploads use XMLHttpRequest; both end in the same ApiError as every other call.
import i18n from '../i18n';
import { ApiError, baseHeaders, buildUrl, errorFromAnswer, noteAnswer, parseJsonText } from './client';
import type { Query } from './client';
import { fileNameFrom } from './fileName';

export interface UploadOptions {
  /** POST adds a file; PUT replaces one (the child's photo). */
  method?: 'POST' | 'PUT';
  query?: Query;
  /** 0–100 while the body is being sent. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

/** Sends the file as the raw body (`application/octet-stream`), as the contract's upload routes expect. */
export function uploadRaw<T>(path: string, file: Blob, options: UploadOptions = {}): Promise<T> {
  const method = options.method ?? 'POST';
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, buildUrl(path, options.query));
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries(baseHeaders(method))) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    const onProgress = options.onProgress;
    if (onProgress) {
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(Math.round((event.loaded / event.total) * 100));
      };
    }
    xhr.onload = () => {
      noteAnswer();
      const body = parseJsonText(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(errorFromAnswer(xhr.status, body));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', i18n.t('errors.network')));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}

/**
 * GETs a file and hands it to the browser as a download; with `body`, POSTs it as JSON instead (filters that may
 * hold an ID number stay out of the URL).
 */
export async function downloadFile(
  path: string,
  query: Query | undefined,
  fallbackName: string,
  options: { body?: unknown } = {},
): Promise<void> {
  const method = options.body === undefined ? 'GET' : 'POST';
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      method,
      headers: {
        ...baseHeaders(method),
        Accept: '*/*',
        ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      credentials: 'same-origin',
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', i18n.t('errors.network'));
  }
  noteAnswer();
  if (!response.ok) throw errorFromAnswer(response.status, parseJsonText(await response.text()));
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameFrom(response.headers.get('content-disposition'), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the object URL after the click returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
