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

/** A value still to be checked; its path is only spelled out when it has a problem. */
interface Pending {
  value: unknown;
  parent: Pending | undefined;
  /** Its key in the parent: a field name, or an index in an array. */
  key: string | number;
  depth: number;
}

/**
 * Everything that no field of any body may hold, checked once for every parsed body before any DTO
 * or class-transformer sees it: nesting deeper than MAX_BODY_DEPTH, strings (keys included) with NUL
 * or lone surrogates, and non-finite numbers (JSON.parse turns 1e400 into Infinity). Iterative, so a
 * hostile body cannot overflow the stack; linear in the body's size, and no path string is built
 * unless there is a problem to name (a 100-profile batch has thousands of values).
 */
export function bodyProblems(body: unknown, maxDepth = MAX_BODY_DEPTH): FieldError[] {
  const problems: FieldError[] = [];
  const pending: Pending[] = [{ value: body, parent: undefined, key: '', depth: 0 }];
  const fail = (at: Pending, message: string) => problems.push({ field: pathOf(at) || '(body)', message });
  while (pending.length > 0 && problems.length < MAX_PROBLEMS) {
    const entry = pending.pop()!;
    const { value, depth } = entry;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) fail(entry, problem);
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) fail(entry, 'must be a finite number');
    } else if (typeof value === 'object' && value !== null) {
      if (depth >= maxDepth) {
        fail(entry, `is nested too deeply (the limit is ${maxDepth} levels of arrays and objects)`);
        continue;
      }
      pushChildren(entry, pending, fail);
    }
  }
  return problems;
}

function pushChildren(parent: Pending, pending: Pending[], fail: (at: Pending, message: string) => void): void {
  const value = parent.value as Record<string, unknown>;
  const depth = parent.depth + 1;
  if (Array.isArray(value)) {
    for (let index = value.length - 1; index >= 0; index -= 1) pending.push({ value: value[index], parent, key: index, depth });
    return;
  }
  const keys = Object.keys(value);
  for (let index = keys.length - 1; index >= 0; index -= 1) {
    const key = keys[index]!;
    const child: Pending = { value: value[key], parent, key, depth };
    const keyProblem = textProblem(key);
    if (keyProblem) fail(child, `field name ${keyProblem}`);
    else pending.push(child);
  }
}

/** `sources[0].posts[2].text`; '' for the body itself. */
function pathOf(entry: Pending): string {
  const steps: (string | number)[] = [];
  for (let at: Pending | undefined = entry; at?.parent; at = at.parent) steps.push(at.key);
  return steps.reverse().reduce<string>((path, key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key), '');
}

/** Express middleware, right after the body parsers: 400 naming the fields, before any route sees the body. */
export function bodyHygieneMiddleware(request: Request, _response: Response, next: NextFunction): void {
  if (request.body === undefined || request.body === null || typeof request.body !== 'object') return next();
  const problems = bodyProblems(request.body);
  if (problems.length === 0) return next();
  next(new BadRequestException({ message: 'Validation failed', details: problems }));
}
