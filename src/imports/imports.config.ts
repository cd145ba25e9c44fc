import { registerAs } from '@nestjs/config';
import { readImportSettings } from './import-settings';

/** The `imports` namespace: upload and parsing limits, and the GitHub API (import-settings.ts). */
export const importsConfig = registerAs('imports', () => readImportSettings(process.env));
export type ImportsConfig = ReturnType<typeof importsConfig>;
