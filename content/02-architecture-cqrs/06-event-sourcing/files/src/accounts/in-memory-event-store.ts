import { Injectable } from '@nestjs/common';
import { IEvent } from '@nestjs/cqrs';
import { EventStore, StoredEvent } from './event-store.js';

@Injectable()
export class InMemoryEventStore extends EventStore {
  private readonly log: StoredEvent[] = [];

  // TODO (task 2): this append trusts every writer. Make it
  // - reject an expectedVersion that is not the stream's current version
  //   with a ConcurrencyError, appending nothing, even when two appends race;
  // - keep history unchangeable: no caller or reader may alter a stored event.
  async append<E extends IEvent>(
    streamId: string,
    expectedVersion: number,
    events: readonly E[],
  ): Promise<readonly StoredEvent<E>[]> {
    const current = await this.readStream(streamId);
    const records = events.map((event, index) => ({
      streamId,
      version: current.length + index + 1,
      position: this.log.length + index + 1,
      event,
    }));
    this.log.push(...records);
    return records;
  }

  async readStream<E extends IEvent>(streamId: string, afterVersion = 0): Promise<readonly StoredEvent<E>[]> {
    return this.log.filter((record) => record.streamId === streamId && record.version > afterVersion) as StoredEvent<E>[];
  }

  async readAll<E extends IEvent>(afterPosition = 0): Promise<readonly StoredEvent<E>[]> {
    return this.log.slice(afterPosition) as StoredEvent<E>[];
  }
}
