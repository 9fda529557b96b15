/** An API answer that was not a success; `status` 401 means the sign-in is no longer valid. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The problem details the server answered with, when it sent JSON (extensions included). */
    readonly problem: Record<string, unknown> | null = null,
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
    throw await failure(response);
  }
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** GETs a text answer (the server's sanitized HTML fragments) with the bearer token. */
export async function apiFetchText(path: string, token: string): Promise<string> {
  const response = await fetch(path, { headers: { Accept: 'text/html', Authorization: `Bearer ${token}` } });
  if (!response.ok) {
    throw await failure(response);
  }
  return response.text();
}

async function failure(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as Record<string, unknown>;
    const text = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : undefined);
    return new ApiError(response.status, text('detail') ?? text('error') ?? text('title') ?? `HTTP ${response.status}`, body);
  } catch {
    return new ApiError(response.status, `HTTP ${response.status}`);
  }
}
