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
    // TODO: UserCreated puts a new summary; UserRenamed updates the name and
    // counts the rename. Read the current row with this.summaries.get() and
    // write with this.summaries.put().
    void event;
  }
}
