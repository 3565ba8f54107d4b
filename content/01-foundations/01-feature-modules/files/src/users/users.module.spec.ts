import { Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { UsersModule } from './users.module.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';

// Stand-ins for classes of another feature module that imports UsersModule.
@Injectable()
class NeedsUsersService {
  constructor(readonly users: UsersService) {}
}

@Injectable()
class NeedsUsersRepository {
  constructor(readonly users: UsersRepository) {}
}

function compileImporterOf(consumer: new (...args: never[]) => unknown) {
  return Test.createTestingModule({ imports: [UsersModule], providers: [consumer] }).compile();
}

describe('UsersModule', () => {
  it('lets an importing module inject UsersService', async () => {
    const moduleRef = await compileImporterOf(NeedsUsersService);

    expect(moduleRef.get(NeedsUsersService).users.displayName('u1')).toBe('Ada Lovelace');
  });

  it('hides UsersRepository from importing modules', async () => {
    // UsersModule must be healthy first, so the rejection below can only mean "not exported".
    await expect(compileImporterOf(NeedsUsersService)).resolves.toBeDefined();

    await expect(
      compileImporterOf(NeedsUsersRepository),
      'an importing module could inject UsersRepository: UsersModule still exports it',
    ).rejects.toThrow(/dependencies of the NeedsUsersRepository/);
  });
});
