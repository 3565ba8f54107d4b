import { Test } from '@nestjs/testing';
import { AuditLog } from './audit-log.service.js';
import { AuditModule } from './audit.module.js';
import { CLOCK, type Clock } from './clock.js';

describe('AuditModule', () => {
  it('provides a system clock under the CLOCK token', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [AuditModule] }).compile();
    const before = Date.now();

    const now = moduleRef.get<Clock>(CLOCK).now();

    expect(now).toBeInstanceOf(Date);
    expect(now.getTime()).toBeGreaterThanOrEqual(before);
    expect(now.getTime()).toBeLessThan(before + 5_000);
  });
});

describe('AuditLog', () => {
  it('stamps each entry with the clock injected under CLOCK', async () => {
    const fixed = new Date('2030-01-01T09:00:00Z');
    const moduleRef = await Test.createTestingModule({ imports: [AuditModule] })
      .overrideProvider(CLOCK)
      .useValue({ now: () => fixed })
      .compile();

    const entry = moduleRef.get(AuditLog).record('order placed');

    expect(entry).toEqual({ at: fixed, message: 'order placed' });
  });
});
