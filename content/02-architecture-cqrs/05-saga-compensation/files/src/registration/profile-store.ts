import { Injectable } from '@nestjs/common';

export interface Profile {
  userId: string;
  displayName: string;
}

/**
 * In-memory stand-in for a profile service. In production it lives behind a
 * network call and can fail; the tests make it fail with a spy.
 */
@Injectable()
export class ProfileStore {
  private readonly profiles = new Map<string, Profile>();

  async create(profile: Profile): Promise<void> {
    this.profiles.set(profile.userId, { ...profile });
  }

  has(userId: string): boolean {
    return this.profiles.has(userId);
  }
}
