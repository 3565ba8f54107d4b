import { Injectable } from '@nestjs/common';
import { IEvent } from '@nestjs/cqrs';
import { ConcurrencyError, EventStore, StoredEvent } from './event-store.js';

@Injectable()
export class InMemoryEventStore extends EventStore {
  private readonly log: StoredEvent[] = [];
  private readonly streamVersions = new Map<string, number>();

  async append<E extends IEvent>(
    streamId: string,
    expectedVersion: number,
    events: readonly E[],
  ): Promise<readonly StoredEvent<E>[]> {
    // Check and write with no `await` in between: no other append can run in
    // the gap, so two writers that loaded the same version can't both succeed.
    const actualVersion = this.streamVersions.get(streamId) ?? 0;
    if (expectedVersion !== actualVersion) {
      throw new ConcurrencyError(streamId, expectedVersion, actualVersion);
    }
    const records = events.map((event, index) =>
      Object.freeze({
        streamId,
        version: actualVersion + index + 1,
        position: this.log.length + index + 1,
        // A frozen copy: neither the caller's object nor a reader can change history.
        event: Object.freeze({ ...event }),
      }),
    );
    this.log.push(...records);
    this.streamVersions.set(streamId, actualVersion + records.length);
    return [...records];
  }

  async readStream<E extends IEvent>(streamId: string, afterVersion = 0): Promise<readonly StoredEvent<E>[]> {
    return this.log.filter((record) => record.streamId === streamId && record.version > afterVersion) as StoredEvent<E>[];
  }

  async readAll<E extends IEvent>(afterPosition = 0): Promise<readonly StoredEvent<E>[]> {
    return this.log.slice(afterPosition) as StoredEvent<E>[];
  }
}
