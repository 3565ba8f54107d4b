import { Module } from '@nestjs/common';
import { AuditLog } from './audit-log.service.js';
import { SystemClock } from './clock.js';

@Module({
  providers: [AuditLog, { provide: 'Clock', useClass: SystemClock }],
  exports: [AuditLog],
})
export class AuditModule {}
