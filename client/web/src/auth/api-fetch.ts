/** An API answer that was not a success; `status` 401 means the sign-in is no longer valid. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Calls the server's API as JSON, with the bearer token when there is one. */
export async function apiFetch<T>(
  path: string,
  options: { method?: string; body?: unknown; token?: string } = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (options.token) {
    headers.Authorization = `Bearer ${options.token}`;
  }
  const response = await fetch(path, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? null : JSON.stringify(options.body),
  });
  if (!response.ok) {
    throw new ApiError(response.status, await describeFailure(response));
  }
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

async function describeFailure(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { title?: string; detail?: string; error?: string };
    return body.detail ?? body.error ?? body.title ?? `HTTP ${response.status}`;
  } catch {
    return `HTTP ${response.status}`;
  }
}
