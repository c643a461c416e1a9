import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Credentials are redacted wherever they appear, so a
 * configuration dump or a failed connection never prints a password.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: 'rolegraph' },
    redact: { paths: ['password', '*.password', 'neo4j.password', 'req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
  });
}
