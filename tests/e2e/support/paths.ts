import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tests/e2e is two levels below it). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Screenshots, the server's log and the JUnit report land here. */
export const artifactsDir = path.join(repoRoot, 'artifacts', 'e2e');
