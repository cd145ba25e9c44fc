import { CreateAudits1795215600000 } from './1795215600000-CreateAudits';

/** Every migration, oldest first. Listed explicitly so Nest, the CLI and Jest load the same classes. */
export const MIGRATIONS = [CreateAudits1795215600000];
