import { BadRequestException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

const MAX_KEY_LENGTH = 200;
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;

/** Why a value cannot be an Idempotency-Key (header, or a batch item's `idempotencyKey`); undefined when it can. */
export function idempotencyKeyProblem(value: unknown): string | undefined {
  const ok = typeof value === 'string' && value.length > 0 && value.length <= MAX_KEY_LENGTH && PRINTABLE_ASCII.test(value);
  return ok ? undefined : `must be 1-${MAX_KEY_LENGTH} printable ASCII characters`;
}

/** The optional Idempotency-Key header: 1-200 printable ASCII characters, or undefined when absent. */
export const IdempotencyKey = createParamDecorator((_: unknown, context: ExecutionContext): string | undefined => {
  const value = context.switchToHttp().getRequest<Request>().header('idempotency-key');
  if (value === undefined) return undefined;
  const problem = idempotencyKeyProblem(value);
  if (problem) throw new BadRequestException({ message: 'Validation failed', details: [{ field: 'Idempotency-Key', message: problem }] });
  return value;
});
