// Jest reads testTimeout from the root config only; inside a project it is ignored, so the e2e
// tests (app start-up, real Postgres and Redis, on a busy machine) set their limit here.
jest.setTimeout(60_000);
