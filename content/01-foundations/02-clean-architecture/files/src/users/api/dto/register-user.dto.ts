/** The JSON body of POST /users. */
export class RegisterUserDto {
  email: string;
}
