/** A command that cannot run as asked: reported without a stack, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
