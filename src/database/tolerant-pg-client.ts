import { Client, type ClientConfig } from 'pg';

/**
 * node-postgres's Client, with an 'error' listener from birth. The pool and TypeORM attach their own
 * listeners, but not at every moment (a client handed from the pool to a query runner is briefly
 * without one); a server that terminates its sessions then (a fast shutdown sends FATAL 57P01 to
 * each) would raise an unhandled 'error' event and crash the process. The pool and TypeORM still
 * see every error through their own listeners.
 */
export class TolerantPgClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', () => undefined);
  }
}
