import { defineConfig } from '@playwright/test';

// The suite runs the real production build (scripts/serve.ts) in Debian's
// Chromium. Two servers: the default (auto → local runtime) and one forced to
// WebContainer, which cannot boot here and so shows its fallback message.
export const LOCAL_PORT = Number(process.env.E2E_PORT ?? 3400);
export const WEBCONTAINER_PORT = LOCAL_PORT + 1;
const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'e2e',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${LOCAL_PORT}`,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumFlags },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: `npm run serve`,
      env: { PORT: String(LOCAL_PORT), WORKBOOK_RUNTIME: 'auto' },
      url: `http://127.0.0.1:${LOCAL_PORT}/api/runtime/health`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npm run serve`,
      env: { PORT: String(WEBCONTAINER_PORT), WORKBOOK_RUNTIME: 'webcontainer' },
      url: `http://127.0.0.1:${WEBCONTAINER_PORT}/api/runtime/health`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
