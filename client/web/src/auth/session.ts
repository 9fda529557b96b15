/** Who is signed in in this browser tab. Kept in sessionStorage: a tab per teacher when testing. */
export interface Session {
  userId: string;
  displayName: string;
  accessToken: string;
}

const key = 'lessonstudy.session';

export function loadSession(storage: Storage = sessionStorage): Session | null {
  const raw = storage.getItem(key);
  if (!raw) {
    return null;
  }
  try {
    const value = JSON.parse(raw) as Partial<Session>;
    if (typeof value.userId === 'string' && typeof value.displayName === 'string' && typeof value.accessToken === 'string') {
      return { userId: value.userId, displayName: value.displayName, accessToken: value.accessToken };
    }
  } catch {
    // A damaged entry is the same as none: sign in again.
  }
  return null;
}

export function saveSession(session: Session, storage: Storage = sessionStorage): void {
  storage.setItem(key, JSON.stringify(session));
}

export function clearSession(storage: Storage = sessionStorage): void {
  storage.removeItem(key);
}
