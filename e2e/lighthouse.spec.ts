// Lighthouse's accessibility score, from its Node API, against the production
// server the suite starts. Lighthouse drives its own Debian Chromium through a
// DevTools port; it only ever loads our pages on 127.0.0.1.
import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { FIRST_LESSON } from './support/lesson';

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--headless',
  // Nothing but our own server: any other host fails at once instead of waiting on the network.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** Starts Chromium with a DevTools port of its own choosing; returns the port and a way to stop it. */
async function launchChromium(extraFlags: string[]) {
  const profile = mkdtempSync(path.join(tmpdir(), 'lighthouse-chromium-'));
  const chromium = spawn(
    process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    [...CHROMIUM_FLAGS, ...extraFlags, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore' },
  );
  // Port 0: Chromium picks a free port and writes it to DevToolsActivePort.
  const portFile = path.join(profile, 'DevToolsActivePort');
  await expect
    .poll(() => existsSync(portFile) && readFileSync(portFile, 'utf8').includes('\n'), { timeout: 30_000 })
    .toBe(true);
  const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
  const close = async () => {
    if (chromium.exitCode === null) {
      const exited = new Promise((resolve) => chromium.once('exit', resolve));
      chromium.kill();
      await exited;
    }
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  };
  return { port, close };
}

/** Each failing audit with the nodes it names, for a readable test failure. */
function failingAudits(lhr: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']) {
  type Item = { node?: { selector?: string; snippet?: string; explanation?: string } };
  return lhr.categories.accessibility.auditRefs
    .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
    .map((ref) => {
      const audit = lhr.audits[ref.id];
      const items = (audit.details as { items?: Item[] } | undefined)?.items ?? [];
      const nodes = items.map(
        ({ node }) =>
          `    ${node?.selector ?? ''} ${node?.snippet ?? ''}\n      ${node?.explanation?.replace(/\n/g, ' ') ?? ''}`,
      );
      return `${audit.id}: ${audit.title}\n${nodes.join('\n')}`;
    });
}

const pages = [
  ['the home page', '/'],
  ['a lesson page', FIRST_LESSON.url],
] as const;

// The dark theme follows the system setting, which --force-dark-mode sets.
for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.describe.configure({ mode: 'serial', timeout: 180_000 });
    let chromium: Awaited<ReturnType<typeof launchChromium>> | undefined;
    test.beforeAll(async () => {
      chromium = await launchChromium(theme === 'dark' ? ['--force-dark-mode'] : []);
    });
    test.afterAll(async () => chromium?.close());

    for (const [name, url] of pages) {
      for (const formFactor of ['mobile', 'desktop'] as const) {
        test(`Lighthouse scores accessibility 100 on ${name} (${formFactor})`, async ({ baseURL }) => {
          const result = await lighthouse(
            `${baseURL}${url}`,
            {
              port: chromium!.port,
              hostname: '127.0.0.1',
              logLevel: 'error',
              onlyCategories: ['accessibility'],
              maxWaitForLoad: 60_000,
            },
            formFactor === 'desktop' ? desktopConfig : undefined,
          );
          expect(result, 'Lighthouse returned a result').toBeTruthy();
          const { lhr } = result!;
          expect(lhr.runtimeError, 'Lighthouse ran without error').toBeUndefined();
          expect(failingAudits(lhr), `failing accessibility audits on ${url} (${theme}, ${formFactor})`).toEqual([]);
          expect(lhr.categories.accessibility.score).toBe(1);
        });
      }
    }
  });
}
