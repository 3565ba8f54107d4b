import { DeleteUserCommand } from './commands/delete-user.command.js';
import { RegisterUserCommand } from './commands/register-user.command.js';
import {
  eventually,
  failProfileWrites,
  record,
  RegistrationApp,
  settle,
  startRegistrationApp,
} from './registration.test-kit.js';

describe('RegistrationSaga', () => {
  let app: RegistrationApp;
  let deletions: DeleteUserCommand[];

  beforeEach(async () => {
    app = await startRegistrationApp();
    deletions = record(app.commandBus, DeleteUserCommand);
  });

  afterEach(async () => {
    await app.moduleRef.close();
  });

  const register = (userId: string) =>
    app.commandBus.execute(new RegisterUserCommand(userId, `${userId}@example.com`));

  const profileOf = (userId: string) =>
    eventually(() => expect(app.profiles.has(userId), `a profile for ${userId}`).toBe(true));

  const deletionOf = (userId: string) =>
    eventually(() => expect(app.users.has(userId), `${userId} should be deleted`).toBe(false));

  describe('on UserCreated', () => {
    it('creates a profile for a newly registered user', async () => {
      await register('u1');

      await profileOf('u1');
    });

    it('creates a profile for every registration, not just the first', async () => {
      await Promise.all([register('u1'), register('u2'), register('u3')]);

      await profileOf('u1');
      await profileOf('u2');
      await profileOf('u3');
    });
  });

  describe('when the profile cannot be created', () => {
    it('compensates by deleting the user whose profile failed', async () => {
      failProfileWrites(app.profiles);

      await register('u1');

      await deletionOf('u1');
      expect(deletions.map((command) => command.userId)).toEqual(['u1']);
    });

    it('does not compensate when the profile is created', async () => {
      await register('u1');
      await profileOf('u1');
      await settle();

      expect(app.users.has('u1'), 'u1 must survive a successful registration').toBe(true);
      expect(deletions).toEqual([]);
    });

    it('keeps working after a failure: the next registration still gets its profile', async () => {
      failProfileWrites(app.profiles);
      await register('u1');
      await deletionOf('u1');

      await register('u2');
      await profileOf('u2');
      await settle();

      expect(app.users.has('u2'), 'u2 succeeded and must be kept').toBe(true);
      expect(deletions.map((command) => command.userId)).toEqual(['u1']);
    });

    it('compensates every failed registration, not just the first', async () => {
      failProfileWrites(app.profiles, 2);
      await register('u1');
      await deletionOf('u1');

      await register('u2');
      await deletionOf('u2');

      expect(deletions.map((command) => command.userId)).toEqual(['u1', 'u2']);
    });
  });
});
