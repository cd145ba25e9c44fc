import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { basename, join } from 'node:path';
import { projectRoot } from '../config/project-root';

/** One Citra checkout on this machine: where it is, where its data lives, and its own names. */
export interface Checkout {
  root: string;
  /** `.data/`: the embedded database, the generated JWT secret, the instance lock. */
  dataDir: string;
  /**
   * `citra_<folder>_<hash of the path>`: the database npm start creates on a local Postgres and the
   * prefix of its Redis keys, so two clones on one machine never share rows, jobs or workers.
   */
  localName: string;
}

const MAX_FOLDER_PART = 20;

export function checkoutAt(root: string): Checkout {
  const real = realpathSync(root);
  const hash = createHash('sha256').update(real).digest('hex').slice(0, 8);
  const folder = basename(real)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, MAX_FOLDER_PART);
  const localName = folder && folder !== 'citra' ? `citra_${folder}_${hash}` : `citra_${hash}`;
  return { root: real, dataDir: join(real, '.data'), localName };
}

/** The checkout this code was built from. */
export function currentCheckout(): Checkout {
  return checkoutAt(projectRoot());
}
