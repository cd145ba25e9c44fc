// Settings every end-to-end test process starts with. Short locks make a killed worker's job stall fast.
process.env.NODE_ENV = 'test';
process.env.WORKER_LOCK_DURATION_MS ??= '2000';
process.env.WORKER_STALLED_INTERVAL_MS ??= '1000';
process.env.AUDIT_JOB_BACKOFF_MS ??= '100';
process.env.AUDIT_SWEEP_AFTER_MS ??= '1000';
// One test account submits hundreds of audits in seconds; test/e2e/admission.e2e-spec.ts turns the limit on.
process.env.AUDIT_SUBMIT_RATE_PER_MINUTE ??= '0';
// Enough engine warm-up runs to exercise it, few enough that every test app starts quickly.
process.env.AUDIT_ENGINE_WARM_UP_RUNS ??= '10';
// The job path warm-up runs start-up jobs of its own; test/e2e/job-path-warm-up.e2e-spec.ts turns it on.
process.env.AUDIT_JOB_PATH_WARM_UP_JOBS ??= '0';
