import type { StandardSchemaV1 } from '@standard-schema/spec';

export const PASSWORD_MIN_LENGTH = 8;
// The seed report's DTO caps passwords at 20 characters.
export const PASSWORD_MAX_LENGTH = 20;

/** The body of POST /users. */
export interface CreateUserDto {
  email: string;
  displayName: string;
  password: string;
}

/**
 * Nest 12 validates a body against any Standard Schema (zod, valibot, arktype...)
 * through StandardSchemaValidationPipe. The starter ships none of those libraries,
 * so this schema is written out by hand.
 */
export const createUserSchema: StandardSchemaV1<unknown, CreateUserDto> = {
  '~standard': {
    version: 1,
    vendor: 'nest-workbook',
    validate: validateCreateUser,
  },
};

function validateCreateUser(
  value: unknown,
): StandardSchemaV1.Result<CreateUserDto> {
  const body: Record<string, unknown> =
    typeof value === 'object' && value !== null ? { ...value } : {};
  const { email, displayName, password } = body;
  const issues: StandardSchemaV1.Issue[] = [];
  if (typeof email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(email)) {
    issues.push({ message: 'must be an email address', path: ['email'] });
  }
  if (typeof displayName !== 'string' || displayName.trim() === '') {
    issues.push({ message: 'must not be empty', path: ['displayName'] });
  }
  if (typeof password !== 'string') {
    issues.push({ message: 'must be a string', path: ['password'] });
  } else {
    issues.push(...passwordLengthIssues(password));
  }
  if (issues.length > 0) return { issues };
  return { value: { email, displayName, password } as CreateUserDto };
}

function passwordLengthIssues(password: string): StandardSchemaV1.Issue[] {
  // NIST SP 800-63B counts each Unicode code point as one character.
  const length = Array.from(password).length;
  if (length < PASSWORD_MIN_LENGTH) {
    return [
      {
        message: `must be at least ${PASSWORD_MIN_LENGTH} characters`,
        path: ['password'],
      },
    ];
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return [
      {
        message: `must be at most ${PASSWORD_MAX_LENGTH} characters`,
        path: ['password'],
      },
    ];
  }
  return [];
}
