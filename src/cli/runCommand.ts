import { RolegraphError } from '../domain/errors.js';

/**
 * Runs a command-line entry point and exits with the code its `main` resolves with. A
 * failure rolegraph explains (a RolegraphError) is shown as its message alone; anything
 * else with its stack, as a bug. Either exits with 1.
 */
export function runCommand(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof RolegraphError ? error.message : error);
      process.exit(1);
    },
  );
}
