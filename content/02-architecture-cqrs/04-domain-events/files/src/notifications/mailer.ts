export interface Mail {
  to: string;
  subject: string;
  body: string;
}

/** The notifications module's port to whatever really sends mail. */
export abstract class Mailer {
  abstract send(mail: Mail): Promise<void>;
}
