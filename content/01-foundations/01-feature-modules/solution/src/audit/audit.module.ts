import { Module } from '@nestjs/common';
import { AuditLog } from './audit-log.service.js';
import { CLOCK, SystemClock } from './clock.js';

@Module({
  providers: [AuditLog, { provide: CLOCK, useClass: SystemClock }],
  exports: [AuditLog],
})
export class AuditModule {}
