import { defineConfig } from 'vitest/config';

// The dev server forwards the API and the hub to a server started with ./run.sh (port 5080 by default).
const serverUrl = process.env.LESSONSTUDY_SERVER ?? 'http://127.0.0.1:5080';

export const config = defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // CodeMirror and yjs together are a little over Vite's default warning size; one chunk is fine here.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/api': serverUrl,
      '/hubs': { target: serverUrl, ws: true },
      '/healthz': serverUrl,
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    testTimeout: 10_000,
  },
});

// Vite reads the default export of its config file; this is the one default export of the package.
export default config;
