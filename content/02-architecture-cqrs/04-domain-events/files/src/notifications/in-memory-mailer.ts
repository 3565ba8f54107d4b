import { Injectable } from '@nestjs/common';
import { Mailer, type Mail } from './mailer.js';

/** Keeps every mail it is asked to send, so tests (and you) can read them. */
@Injectable()
export class InMemoryMailer implements Mailer {
  readonly sent: Mail[] = [];

  async send(mail: Mail): Promise<void> {
    this.sent.push(mail);
  }
}
