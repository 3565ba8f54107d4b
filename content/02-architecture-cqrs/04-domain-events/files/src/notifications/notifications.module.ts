import { Module } from '@nestjs/common';
import { InMemoryMailer } from './in-memory-mailer.js';
import { Mailer } from './mailer.js';
import { OrderEmails } from './order-emails.js';

@Module({
  providers: [OrderEmails, { provide: Mailer, useClass: InMemoryMailer }],
  // Exported so that orders can call it directly.
  exports: [OrderEmails],
})
export class NotificationsModule {}
