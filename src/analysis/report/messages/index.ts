import type { ReportLocale } from '../../types';
import { en } from './en';
import { id } from './id';
import type { Messages } from './types';

export type { Messages, TitledText } from './types';

const TABLES: Record<ReportLocale, Messages> = { en, id };

export function messagesFor(locale: ReportLocale): Messages {
  return TABLES[locale];
}
