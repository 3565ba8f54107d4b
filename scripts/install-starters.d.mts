// Types for install-starters.mjs, which stays plain JavaScript so it can run as the
// root postinstall before any TypeScript tooling is installed.
export declare const STAMP_NAME: string;
export declare function lockHash(lockfile: string): string;
export declare function findStarters(startersDir: string): string[];
export declare function isInSync(starterDir: string): boolean;
export declare function installMatchesLockfile(starterDir: string): boolean;
export declare function childEnv(env: Record<string, string | undefined>): Record<string, string | undefined>;
