import { CreateProfileCommand } from './commands/create-profile.command.js';
import { ProfileCreationFailedEvent } from './events/profile-creation-failed.event.js';
import { failProfileWrites, record, RegistrationApp, startRegistrationApp } from './registration.test-kit.js';

describe('CreateProfileHandler', () => {
  let app: RegistrationApp;
  let failures: ProfileCreationFailedEvent[];

  beforeEach(async () => {
    app = await startRegistrationApp();
    failures = record(app.eventBus, ProfileCreationFailedEvent);
  });

  afterEach(async () => {
    await app.moduleRef.close();
  });

  const createProfile = (userId: string) =>
    app.commandBus.execute(new CreateProfileCommand(userId, `${userId}@example.com`));

  it('stores the profile and reports no failure when the store succeeds', async () => {
    await createProfile('u1');

    expect(app.profiles.has('u1')).toBe(true);
    expect(failures).toEqual([]);
  });

  it('reports a failed write as ProfileCreationFailed with the user id and the reason', async () => {
    failProfileWrites(app.profiles);

    await createProfile('u1').catch(() => undefined);

    expect(failures, 'one ProfileCreationFailedEvent should be published').toHaveLength(1);
    expect(failures[0]).toBeInstanceOf(ProfileCreationFailedEvent);
    expect(failures[0].userId).toBe('u1');
    expect(failures[0].reason).toContain('profile service unavailable');
  });

  it('does not rethrow a failure it has reported', async () => {
    failProfileWrites(app.profiles);

    await expect(createProfile('u1')).resolves.toBeUndefined();
    expect(failures).toHaveLength(1);
  });
});
