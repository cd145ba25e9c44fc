import { BadRequestException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { textProblem } from '../analysis/validate';
import type { FieldError } from './validation';

/**
 * Deepest nesting of arrays and objects a request body may have. The deepest body the API takes
 * (an audit: profile, sources, a source, posts, a post) is 5 levels; past 32, class-transformer and
 * every other recursive walker would be at the mercy of the client.
 */
export const MAX_BODY_DEPTH = 32;

/** Problems reported at once for one body; the rest are left for the next try. */
const MAX_PROBLEMS = 20;

interface Pending {
  value: unknown;
  path: string;
  depth: number;
}

/**
 * Everything that no field of any body may hold, checked once for every parsed body before any DTO
 * or class-transformer sees it: nesting deeper than MAX_BODY_DEPTH, strings (keys included) with NUL
 * or lone surrogates, and non-finite numbers (JSON.parse turns 1e400 into Infinity). Iterative, so a
 * hostile body cannot overflow the stack; linear in the body's size.
 */
export function bodyProblems(body: unknown, maxDepth = MAX_BODY_DEPTH): FieldError[] {
  const problems: FieldError[] = [];
  const pending: Pending[] = [{ value: body, path: '', depth: 0 }];
  while (pending.length > 0 && problems.length < MAX_PROBLEMS) {
    const { value, path, depth } = pending.pop()!;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) problems.push({ field: path || '(body)', message: problem });
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) problems.push({ field: path || '(body)', message: 'must be a finite number' });
    } else if (typeof value === 'object' && value !== null) {
      if (depth >= maxDepth) {
        problems.push({ field: path || '(body)', message: `is nested too deeply (the limit is ${maxDepth} levels of arrays and objects)` });
        continue;
      }
      pushChildren(value, path, depth + 1, pending, problems);
    }
  }
  return problems;
}

function pushChildren(value: object, path: string, depth: number, pending: Pending[], problems: FieldError[]): void {
  if (Array.isArray(value)) {
    for (let index = value.length - 1; index >= 0; index -= 1) pending.push({ value: value[index], path: `${path}[${index}]`, depth });
    return;
  }
  const entries = Object.entries(value);
  for (let index = entries.length - 1; index >= 0; index -= 1) {
    const [key, child] = entries[index]!;
    const childPath = path ? `${path}.${key}` : key;
    const keyProblem = textProblem(key);
    if (keyProblem) problems.push({ field: childPath, message: `field name ${keyProblem}` });
    else pending.push({ value: child, path: childPath, depth });
  }
}

/** Express middleware, right after the body parsers: 400 naming the fields, before any route sees the body. */
export function bodyHygieneMiddleware(request: Request, _response: Response, next: NextFunction): void {
  if (request.body === undefined || request.body === null || typeof request.body !== 'object') return next();
  const problems = bodyProblems(request.body);
  if (problems.length === 0) return next();
  next(new BadRequestException({ message: 'Validation failed', details: problems }));
}
