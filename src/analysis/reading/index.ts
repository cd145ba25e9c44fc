/**
 * The reading pass: computed once per text (frames, targets, quotes) and once per profile (role),
 * then consulted by every analyzer instead of re-deriving context. Framework-free and linear.
 */
export { readText, clauseAt } from './frames';
export { inferRole, isProfessional, type RoleText } from './role';
export { insideQuote } from './quotes';
export { insideNegation } from './negation';
export * from './types';
