import { describeUserRepositoryContract } from '../testing/user-repository.contract.js';
import { InMemoryUserRepository } from './in-memory-user.repository.js';

describeUserRepositoryContract(
  'InMemoryUserRepository',
  () => new InMemoryUserRepository(),
);
