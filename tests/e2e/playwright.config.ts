import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { artifactsDir } from './support/paths';

// The system Chromium from Debian (/usr/bin/chromium); Playwright never downloads a browser here.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const config = defineConfig({
  testDir: './specs',
  outputDir: path.join(artifactsDir, 'test-output'),
  // Every wait below is bounded: a whole test, each expectation, each action and navigation.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  globalTimeout: 300_000,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  globalSetup: './support/global-setup.ts',
  reporter: [['list'], ['junit', { outputFile: process.env.E2E_JUNIT ?? path.join(artifactsDir, 'junit.xml') }]],
  use: {
    baseURL: process.env.E2E_BASE_URL,
    locale: 'zh-CN',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: chromium,
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    },
  },
});

// Playwright reads the default export of its config file.
export default config;
