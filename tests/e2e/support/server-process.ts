import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { artifactsDir, repoRoot } from './paths';

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

const serverDll = path.join(repoRoot, 'server', 'LessonStudy.Server', 'bin', 'Release', 'net10.0', 'LessonStudy.Server.dll');
const webClientDist = path.join(repoRoot, 'client', 'web', 'dist');

/**
 * Starts the real server (the Release build) as its own process on a free loopback port, with a fresh
 * local-folder store and the built web client, and waits (bounded) for /healthz. Its output goes to
 * artifacts/e2e/server.log.
 */
export async function startServer(timeoutMs = 60_000): Promise<RunningServer> {
  if (!existsSync(serverDll)) {
    throw new Error(`${serverDll} is missing: build first (dotnet build LessonStudy.sln -c Release).`);
  }
  if (!existsSync(path.join(webClientDist, 'index.html'))) {
    throw new Error(`${webClientDist} has no index.html: build the web client first (npm ci && npm run build in client/web).`);
  }
  mkdirSync(artifactsDir, { recursive: true });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lessonstudy-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const log = createWriteStream(path.join(artifactsDir, 'server.log'));
  const child = spawn(
    'dotnet',
    [
      serverDll,
      '--environment=Development',
      `--urls=${baseUrl}`,
      '--Storage:Provider=LocalFolder',
      `--Storage:LocalFolder:Path=${dataDir}`,
      `--WebClient:Path=${webClientDist}`,
    ],
    {
      cwd: path.dirname(serverDll),
      env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Development', DOTNET_NOLOGO: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout!.pipe(log, { end: false });
  child.stderr!.pipe(log, { end: false });

  const stop = async () => {
    await kill(child);
    log.end();
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, child, timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    // An unhandled .NET exception ends the process with SIGABRT: no exit code, a signal.
    if (child.exitCode !== null || child.signalCode !== null) {
      const how = child.exitCode !== null ? `code ${child.exitCode}` : child.signalCode;
      throw new Error(`the server exited (${how}) before it was healthy (see artifacts/e2e/server.log)`);
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer /healthz within ${timeoutMs} ms (see artifacts/e2e/server.log)`);
}

/** SIGTERM, then SIGKILL if it has not exited within 10 s. */
async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
