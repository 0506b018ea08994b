// The shared store suite against PostgreSQL: each test gets its own fresh schema in this file's database, dropped at the end.
import { after } from 'node:test';
import { openPostgresStore } from '../../../src/store/postgres/index.ts';
import { storeSuite } from '../_suite.ts';
import { createSchema, dropDatabases, skipPostgres } from './_database.ts';

after(dropDatabases);

storeSuite('PostgreSQL store', async () => openPostgresStore(await createSchema()), { skip: skipPostgres });
