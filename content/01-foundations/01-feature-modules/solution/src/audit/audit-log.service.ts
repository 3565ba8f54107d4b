import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from './clock.js';

export interface AuditEntry {
  at: Date;
  message: string;
}

@Injectable()
export class AuditLog {
  readonly entries: AuditEntry[] = [];

  // The interface types the field; the token tells Nest what to inject.
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  record(message: string): AuditEntry {
    const entry = { at: this.clock.now(), message };
    this.entries.push(entry);
    return entry;
  }
}
