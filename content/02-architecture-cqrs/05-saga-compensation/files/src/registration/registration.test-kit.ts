// Shared by the specs of this lesson. Not a spec itself: Vitest only runs *.spec.ts.
import { Type } from '@nestjs/common';
import { CommandBus, CqrsModule, EventBus } from '@nestjs/cqrs';
import { Test, TestingModule } from '@nestjs/testing';
import { Observable } from 'rxjs';
import { ProfileStore } from './profile-store.js';
import { RegistrationModule } from './registration.module.js';
import { UserStore } from './user-store.js';

export interface RegistrationApp {
  moduleRef: TestingModule;
  commandBus: CommandBus;
  eventBus: EventBus;
  users: UserStore;
  profiles: ProfileStore;
}

/** Boots the real module. init() runs onApplicationBootstrap, which is when CqrsModule subscribes sagas and handlers. */
export async function startRegistrationApp(): Promise<RegistrationApp> {
  const moduleRef = await Test.createTestingModule({
    imports: [CqrsModule.forRoot(), RegistrationModule],
  }).compile();
  await moduleRef.init();
  return {
    moduleRef,
    commandBus: moduleRef.get(CommandBus),
    eventBus: moduleRef.get(EventBus),
    users: moduleRef.get(UserStore),
    profiles: moduleRef.get(ProfileStore),
  };
}

/** Collects every message of one class that goes through a bus (both buses are observables). */
export function record<T>(bus: Observable<unknown>, type: Type<T>): T[] {
  const seen: T[] = [];
  bus.subscribe((message) => {
    if (message instanceof type) seen.push(message);
  });
  return seen;
}

/** Makes the next `times` profile writes fail the way a down profile service would. */
export function failProfileWrites(profiles: ProfileStore, times = 1): void {
  const spy = vi.spyOn(profiles, 'create');
  for (let i = 0; i < times; i++) {
    spy.mockRejectedValueOnce(new Error('profile service unavailable'));
  }
}

/**
 * Sagas run their commands asynchronously, after the command that published
 * the event has already resolved. Retry the assertion until it holds.
 */
export function eventually(assertion: () => void): Promise<void> {
  return vi.waitFor(assertion, { timeout: 500, interval: 5 });
}

/**
 * Lets every pending promise callback run. The buses and stores here never
 * wait on timers or I/O, so once a macrotask has passed, every saga and
 * handler has finished: whatever has not happened yet will not happen.
 */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
