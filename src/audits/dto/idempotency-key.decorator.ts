import { BadRequestException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

const MAX_KEY_LENGTH = 200;
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;

/** The optional Idempotency-Key header: 1-200 printable ASCII characters, or undefined when absent. */
export const IdempotencyKey = createParamDecorator((_: unknown, context: ExecutionContext): string | undefined => {
  const value = context.switchToHttp().getRequest<Request>().header('idempotency-key');
  if (value === undefined) return undefined;
  if (value.length === 0 || value.length > MAX_KEY_LENGTH || !PRINTABLE_ASCII.test(value)) {
    throw new BadRequestException({
      message: 'Validation failed',
      details: [{ field: 'Idempotency-Key', message: `must be 1-${MAX_KEY_LENGTH} printable ASCII characters` }],
    });
  }
  return value;
});
