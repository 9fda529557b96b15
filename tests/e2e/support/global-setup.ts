import { startServer } from './server-process';

/** Starts one server for the whole run; Playwright calls the returned function as the teardown. */
export async function globalSetup(): Promise<() => Promise<void>> {
  const server = await startServer();
  process.env.E2E_BASE_URL = server.baseUrl;
  return server.stop;
}

// Playwright loads the global setup from a module's default export.
export default globalSetup;
