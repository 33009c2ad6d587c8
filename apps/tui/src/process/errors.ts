/** A mistake by the person running the command (unknown id, bad value, unreadable file): one line on stderr, exit 2. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}

/** Exit codes of the `parley` command. */
export const Exit = {
  ok: 0,
  /** `validate` found issues, or `--data` names a dataset with issues. */
  issues: 1,
  /** A usage error: unknown command, id, flag or value, or a file that cannot be read or written. */
  usage: 2,
} as const;
