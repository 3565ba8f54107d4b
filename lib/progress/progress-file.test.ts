import { describe, expect, it } from 'vitest';
import { createProgressFile, parseProgressFile, progressFileName } from './progress-file';
import { PROGRESS_FORMAT, type ProgressSnapshot } from './progress-schema';

const snapshot: ProgressSnapshot = {
  lastLessonId: 'foundations/feature-modules',
  lessons: {
    'foundations/feature-modules': {
      files: { 'src/orders/orders.service.ts': 'export class OrdersService {}\n' },
      activePath: 'src/orders/orders.service.ts',
      openPaths: ['src/orders/orders.service.ts'],
      completedTasks: ['register-provider'],
      visitedAt: 1_700_000_000_000,
    },
  },
};

describe('progress file', () => {
  it('round-trips: what is exported imports back unchanged', () => {
    const file = createProgressFile(snapshot, new Date('2025-01-31T10:00:00Z'));
    expect(file).toMatchObject({ format: PROGRESS_FORMAT, version: 1, exportedAt: '2025-01-31T10:00:00.000Z' });
    expect(parseProgressFile(JSON.stringify(file))).toEqual({ ok: true, progress: snapshot });
  });

  it('names the download after the format and the day', () => {
    expect(progressFileName(new Date('2025-01-31T23:00:00Z'))).toBe('nest-workbook-progress-2025-01-31.json');
  });

  it('refuses text that is not JSON', () => {
    const result = parseProgressFile('{"format": "nest-workbook-progress", ');
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/^This file is not valid JSON.*Nothing was changed\.$/),
    });
  });

  it('refuses JSON of another format, and JSON that is not an object', () => {
    for (const foreign of [
      '{"name":"my-app","version":"1.0.0"}',
      '{"format":"other","version":1}',
      '[1,2]',
      '"text"',
      'null',
    ]) {
      const result = parseProgressFile(foreign);
      expect(result.ok, foreign).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/not a Nest Workbook progress file.*Nothing was changed/);
    }
  });

  it('refuses a file from a newer version and says what to do', () => {
    const newer = { ...createProgressFile(snapshot), version: 2 };
    const result = parseProgressFile(JSON.stringify(newer));
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining('newer version of Nest Workbook (file version 2; this version reads version 1)'),
    });
  });

  it('refuses a damaged file and says where the damage is', () => {
    const damaged = createProgressFile(snapshot) as unknown as { lessons: Record<string, { completedTasks: unknown }> };
    damaged.lessons['foundations/feature-modules'].completedTasks = 'all of them';
    const result = parseProgressFile(JSON.stringify(damaged));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toMatch(
        /^This progress file is damaged \(lessons › foundations\/feature-modules › completedTasks: .+\)\. Nothing was changed\.$/,
      );
  });

  it('refuses unknown fields and a missing version', () => {
    expect(parseProgressFile(JSON.stringify({ ...createProgressFile(snapshot), extra: true })).ok).toBe(false);
    const unversioned: Partial<ReturnType<typeof createProgressFile>> = createProgressFile(snapshot);
    delete unversioned.version;
    expect(parseProgressFile(JSON.stringify(unversioned)).ok).toBe(false);
  });
});
