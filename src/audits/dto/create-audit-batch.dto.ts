import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { validateProfile } from '../../analysis/validate';
import type { Profile } from '../../analysis/types';
import type { FieldError } from '../../http/validation';
import { ValidatedBy } from '../../http/validation';
import { BATCH_MAX_ITEMS } from '../../config/admission.config';
import { CreateAuditDto } from './create-audit.dto';
import { idempotencyKeyProblem } from './idempotency-key.decorator';

export class AuditBatchItemDto {
  @ApiProperty({ type: CreateAuditDto, description: 'The profile, exactly as POST /audits takes it' }) profile!: CreateAuditDto;
  @ApiPropertyOptional({ maxLength: 200, description: 'Same semantics as the Idempotency-Key header of POST /audits, per item' })
  idempotencyKey?: string;
}

/**
 * The envelope only: an object with `items`, 1 to BATCH_MAX_ITEMS of them. Each item is checked on
 * its own (checkBatchItem), so one bad profile is refused in its result without refusing the rest.
 */
export function validateBatchEnvelope(input: unknown): { ok: true } | { ok: false; errors: { path: string; message: string }[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, errors: [{ path: '', message: 'must be an object with items' }] };
  const unknown = Object.keys(input).filter((key) => key !== 'items');
  if (unknown.length > 0) return { ok: false, errors: unknown.map((key) => ({ path: key, message: 'is not an allowed field' })) };
  const items = (input as { items?: unknown }).items;
  if (!Array.isArray(items)) return { ok: false, errors: [{ path: 'items', message: 'must be an array of { profile, idempotencyKey? }' }] };
  if (items.length < 1 || items.length > BATCH_MAX_ITEMS) return { ok: false, errors: [{ path: 'items', message: `must hold 1-${BATCH_MAX_ITEMS} items` }] };
  return { ok: true };
}

@ValidatedBy(validateBatchEnvelope)
export class CreateAuditBatchDto {
  @ApiProperty({ type: [AuditBatchItemDto], minItems: 1, maxItems: BATCH_MAX_ITEMS }) items!: unknown[];
}

export interface CheckedItem {
  profile: Profile;
  idempotencyKey: string | null;
}

/** One item, checked as POST /audits checks its body and header; field paths start at `items[index]`. */
export function checkBatchItem(item: unknown, index: number): CheckedItem | FieldError[] {
  const at = `items[${index}]`;
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return [{ field: at, message: 'must be an object with profile' }];
  const errors: FieldError[] = Object.keys(item)
    .filter((key) => key !== 'profile' && key !== 'idempotencyKey')
    .map((key) => ({ field: `${at}.${key}`, message: 'is not an allowed field' }));
  const { profile, idempotencyKey } = item as { profile?: unknown; idempotencyKey?: unknown };
  const keyProblem = idempotencyKey === undefined ? undefined : idempotencyKeyProblem(idempotencyKey);
  if (keyProblem) errors.push({ field: `${at}.idempotencyKey`, message: keyProblem });
  const checked = validateProfile(profile);
  if (!checked.ok) errors.push(...checked.errors.map((error) => ({ field: error.path ? `${at}.profile.${error.path}` : `${at}.profile`, message: error.message })));
  if (errors.length > 0 || !checked.ok) return errors;
  return { profile: profile as Profile, idempotencyKey: (idempotencyKey as string | undefined) ?? null };
}
