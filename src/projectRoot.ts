import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The checkout's root folder, whether running from src/ (tsx) or dist/ (compiled). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
