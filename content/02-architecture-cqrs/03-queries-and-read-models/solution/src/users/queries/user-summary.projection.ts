import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { UserCreatedEvent } from '../domain/user-created.event.js';
import { UserRenamedEvent } from '../domain/user-renamed.event.js';
import { UserSummaryStore } from './user-summary.store.js';

type UserEvent = UserCreatedEvent | UserRenamedEvent;

/** Keeps the UserSummary read model up to date from the write side's events. */
@EventsHandler(UserCreatedEvent, UserRenamedEvent)
export class UserSummaryProjection implements IEventHandler<UserEvent> {
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly summaries: UserSummaryStore) {}

  /**
   * The EventBus starts a handler without waiting for the one before it to
   * finish. Chaining them applies events one at a time, in publishing order.
   */
  handle(event: UserEvent): Promise<void> {
    const applied = this.queue.then(() => this.apply(event));
    // One failed event must not block every event after it.
    this.queue = applied.catch(() => undefined);
    return applied;
  }

  private async apply(event: UserEvent): Promise<void> {
    const current = await this.summaries.get(event.userId);
    // A redelivered or replayed event: its change is already in the row, and
    // applying it again would count a rename twice or undo later ones.
    if (current && event.version <= current.version) return;

    if (event instanceof UserCreatedEvent) {
      await this.summaries.put({
        id: event.userId,
        email: event.email,
        displayName: event.displayName,
        renameCount: 0,
        version: event.version,
      });
      return;
    }
    if (!current) {
      throw new Error(
        `UserRenamed v${event.version} for ${event.userId} arrived before its UserCreated`,
      );
    }
    await this.summaries.put({
      ...current,
      displayName: event.displayName,
      renameCount: current.renameCount + 1,
      version: event.version,
    });
  }
}
