import { Injectable } from '@nestjs/common';
import type { UserSummary } from '../queries/user-summary.js';
import { UserSummaryStore } from '../queries/user-summary.store.js';

/** Hands out copies, as a database would: changing one changes nothing until put(). */
@Injectable()
export class InMemoryUserSummaryStore implements UserSummaryStore {
  private readonly summaries = new Map<string, UserSummary>();

  async get(id: string): Promise<UserSummary | undefined> {
    const summary = this.summaries.get(id);
    return summary && { ...summary };
  }

  async put(summary: UserSummary): Promise<void> {
    this.summaries.set(summary.id, { ...summary });
  }

  async all(): Promise<UserSummary[]> {
    return [...this.summaries.values()].map((summary) => ({ ...summary }));
  }
}
