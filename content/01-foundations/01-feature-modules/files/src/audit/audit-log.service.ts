import { Injectable } from '@nestjs/common';
import { Clock } from './clock.js';

export interface AuditEntry {
  at: Date;
  message: string;
}

@Injectable()
export class AuditLog {
  readonly entries: AuditEntry[] = [];

  constructor(private readonly clock: Clock) {}

  record(message: string): AuditEntry {
    const entry = { at: this.clock.now(), message };
    this.entries.push(entry);
    return entry;
  }
}
