import { queryOptions } from '@tanstack/react-query';
import { Store } from '../store/schema';

export const BUILT_IN_STORE_URL = '/data/store.json';

export class StoreLoadError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly kind: 'network' | 'http' | 'json' | 'schema',
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

async function fetchStore(url: string, signal: AbortSignal) {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    throw new StoreLoadError((error as Error).message, url, 'network');
  }
  if (!response.ok) throw new StoreLoadError(`HTTP ${response.status}`, url, 'http');
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    throw new StoreLoadError((error as Error).message, url, 'json');
  }
  const parsed = Store.safeParse(json);
  if (!parsed.success) {
    throw new StoreLoadError(
      'invalid store',
      url,
      'schema',
      parsed.error.issues.slice(0, 20).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  return parsed.data;
}

export const storeQueryOptions = (url: string = BUILT_IN_STORE_URL) =>
  queryOptions({
    queryKey: ['store', url] as const,
    queryFn: ({ signal }) => fetchStore(url, signal),
    staleTime: Infinity,
    retry: (failureCount, error) =>
      !(error instanceof StoreLoadError && (error.kind === 'schema' || error.kind === 'json')) && failureCount < 3,
  });
