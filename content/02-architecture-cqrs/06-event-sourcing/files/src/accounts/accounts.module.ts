import { Module } from '@nestjs/common';
import { AccountRepository, SNAPSHOT_EVERY } from './account-repository.js';
import { BalancesProjection } from './balances.projection.js';
import { EventStore } from './event-store.js';
import { InMemoryEventStore } from './in-memory-event-store.js';
import { InMemorySnapshotStore, SnapshotStore } from './snapshot-store.js';

@Module({
  providers: [
    { provide: EventStore, useClass: InMemoryEventStore },
    { provide: SnapshotStore, useClass: InMemorySnapshotStore },
    // A real system snapshots every few hundred events; the specs override it.
    { provide: SNAPSHOT_EVERY, useValue: 100 },
    AccountRepository,
    BalancesProjection,
  ],
  exports: [AccountRepository, BalancesProjection],
})
export class AccountsModule {}
