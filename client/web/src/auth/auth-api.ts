import { apiFetch, ApiError } from './api-fetch';

export type SignInMode = 'development' | 'entra';

/** How this server signs people in; a server without the endpoint offers the development sign-in. */
export async function fetchSignInMode(): Promise<SignInMode> {
  try {
    const config = await apiFetch<{ mode?: string }>('/api/auth/config');
    return config?.mode === 'entra' ? 'entra' : 'development';
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      return 'development';
    }
    throw error;
  }
}

/** The development sign-in of the contract: POST /api/dev/token. */
export async function requestDevToken(userId: string, displayName: string): Promise<string> {
  const answer = await apiFetch<{ accessToken: string }>('/api/dev/token', {
    method: 'POST',
    body: { userId, displayName },
  });
  return answer.accessToken;
}
