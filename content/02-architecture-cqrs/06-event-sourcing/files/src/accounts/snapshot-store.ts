import { Injectable } from '@nestjs/common';

/** An aggregate's state as it was right after the event with this version. */
export interface Snapshot<S> {
  streamId: string;
  version: number;
  state: S;
}

export abstract class SnapshotStore {
  abstract latest<S>(streamId: string): Promise<Snapshot<S> | undefined>;
  abstract save<S>(snapshot: Snapshot<S>): Promise<void>;
}

/**
 * Keeps the newest snapshot of each stream. Snapshots are a cache: they can
 * be thrown away at any time and rebuilt from the events.
 */
@Injectable()
export class InMemorySnapshotStore extends SnapshotStore {
  private readonly snapshots = new Map<string, Snapshot<unknown>>();

  async latest<S>(streamId: string): Promise<Snapshot<S> | undefined> {
    const snapshot = this.snapshots.get(streamId);
    return snapshot && (structuredClone(snapshot) as Snapshot<S>);
  }

  async save<S>(snapshot: Snapshot<S>): Promise<void> {
    const current = this.snapshots.get(snapshot.streamId);
    if (!current || current.version < snapshot.version) {
      this.snapshots.set(snapshot.streamId, structuredClone(snapshot));
    }
  }
}
