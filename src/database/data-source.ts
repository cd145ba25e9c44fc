import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { databaseConfig } from '../config/database.config';
import { buildTypeOrmOptions } from './typeorm-options';

/** For the TypeORM CLI: `npm run migration:run`, `migration:revert`, `migration:show`. */
export default new DataSource(buildTypeOrmOptions(databaseConfig()));
