import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { artifactsDir, repoRoot } from './paths';

export interface RunningServer {
  baseUrl: string;
  port: number;
  dataDir: string;
  /** Stops the server (SIGTERM, then SIGKILL) and, unless it was given one, removes its data folder. */
  stop(): Promise<void>;
  /** Kills the server with SIGKILL, as a crash would, and keeps its data folder. */
  crash(): Promise<void>;
}

export interface ServerOptions {
  /** Restart on a port and data folder used before (the caller then owns the folder). */
  port?: number;
  dataDir?: string;
  /** Log file name under artifacts/e2e. */
  logName?: string;
  timeoutMs?: number;
}

const serverDll = path.join(repoRoot, 'server', 'LessonStudy.Server', 'bin', 'Release', 'net10.0', 'LessonStudy.Server.dll');
const webClientDist = path.join(repoRoot, 'client', 'web', 'dist');

/**
 * Starts the real server (the Release build) as its own process on a free loopback port, with a fresh
 * local-folder store and the built web client, and waits (bounded) for /healthz. Its output goes to
 * artifacts/e2e/server.log.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  if (!existsSync(serverDll)) {
    throw new Error(`${serverDll} is missing: build first (dotnet build LessonStudy.sln -c Release).`);
  }
  if (!existsSync(path.join(webClientDist, 'index.html'))) {
    throw new Error(`${webClientDist} has no index.html: build the web client first (npm ci && npm run build in client/web).`);
  }
  mkdirSync(artifactsDir, { recursive: true });
  const ownsData = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'lessonstudy-e2e-'));
  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const log = createWriteStream(path.join(artifactsDir, options.logName ?? 'server.log'), { flags: options.port === undefined ? 'w' : 'a' });
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
    await kill(child, 'SIGTERM');
    log.end();
    if (ownsData) {
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
  const crash = async () => {
    await kill(child, 'SIGKILL');
    log.end();
  };

  try {
    await waitForHealth(baseUrl, child, timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, port, dataDir, stop, crash };
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

/** Sends the signal, then SIGKILL if the process has not exited within 10 s. */
async function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
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
