import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

/** How log lines are written: one JSON object a line, for machines, or coloured text, for a person at a terminal. */
export type LogFormat = 'json' | 'pretty';

/**
 * Structured logs to standard output, or to `destination` (tests). Credentials are
 * redacted wherever they appear, so a configuration dump or a failed connection never
 * prints a password, in either format. Both formats write standard output
 * synchronously, so the last lines before an exit are never lost.
 */
export function createLogger(level: string, format: LogFormat = 'json', destination?: NodeJS.WritableStream): Logger {
  const options = {
    level,
    base: { app: 'rolegraph' },
    redact: { paths: ['password', '*.password', 'neo4j.password', 'req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
  };
  if (format === 'json') return destination ? pino(options, destination) : pino(options);
  return pino(
    options,
    pretty({ colorize: true, sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,app', ...(destination ? { destination } : {}) }),
  );
}
