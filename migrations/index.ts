import { CreateAudits1795215600000 } from './1795215600000-CreateAudits';
import { CreateUsersAndAuditOwners1795300000000 } from './1795300000000-CreateUsersAndAuditOwners';
import { CreateSharing1795300000001 } from './1795300000001-CreateSharing';
import { CreateWebSessions1795400000000 } from './1795400000000-CreateWebSessions';
import { CreateAuditJobCleanups1795500000000 } from './1795500000000-CreateAuditJobCleanups';
import { AddAuditBatch1795600000000 } from './1795600000000-AddAuditBatch';
import { CompressAuditJson1795710000000 } from './1795710000000-CompressAuditJson';

/** Every migration, oldest first. Listed explicitly so Nest, the CLI and Jest load the same classes. */
export const MIGRATIONS = [
  CreateAudits1795215600000,
  CreateUsersAndAuditOwners1795300000000,
  CreateSharing1795300000001,
  CreateWebSessions1795400000000,
  CreateAuditJobCleanups1795500000000,
  AddAuditBatch1795600000000,
  CompressAuditJson1795710000000,
];
