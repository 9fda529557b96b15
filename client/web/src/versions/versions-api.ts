import { ApiError, apiFetch, apiFetchText } from '../auth/api-fetch';
import type { VersionCompare, VersionSummary } from './version-types';

const plan = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`;
const version = (planId: string, versionId: string) => `${plan(planId)}/versions/${encodeURIComponent(versionId)}`;

export function listVersions(token: string, planId: string): Promise<VersionSummary[]> {
  return apiFetch<VersionSummary[]>(`${plan(planId)}/versions`, { token });
}

export function versionHtml(token: string, planId: string, versionId: string): Promise<string> {
  return apiFetchText(`${version(planId, versionId)}/html`, token);
}

export function compareVersions(token: string, planId: string, from: string, to: string): Promise<VersionCompare> {
  return apiFetch<VersionCompare>(`${plan(planId)}/compare?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, { token });
}

/** The Word 教案 of a version, with the file name the server suggests (RFC 5987 filename*). */
export async function downloadDocx(token: string, planId: string, versionId: string): Promise<{ blob: Blob; fileName: string }> {
  const response = await fetch(`${version(planId, versionId)}/docx`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) {
    throw new ApiError(response.status, `HTTP ${response.status}`);
  }
  return { blob: await response.blob(), fileName: fileNameFrom(response.headers.get('Content-Disposition')) ?? '教案.docx' };
}

/** The file name of a Content-Disposition header, preferring the UTF-8 `filename*`. */
export function fileNameFrom(header: string | null): string | null {
  if (!header) {
    return null;
  }
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim());
    } catch {
      // Fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain ? plain[1]!.trim() : null;
}
