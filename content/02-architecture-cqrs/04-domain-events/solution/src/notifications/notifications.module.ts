import { Module } from '@nestjs/common';
import { InMemoryMailer } from './in-memory-mailer.js';
import { Mailer } from './mailer.js';
import { OrderEmails } from './order-emails.js';

// Exports nothing: other modules reach notifications only through events.
@Module({
  providers: [OrderEmails, { provide: Mailer, useClass: InMemoryMailer }],
})
export class NotificationsModule {}
