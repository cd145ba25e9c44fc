// A BullMQ worker that takes one audit job and never finishes it, standing in for a worker that dies
// mid-job: the test kills this process with SIGKILL once it reports the job id. Other jobs (the
// reconcile schedule's first run, written by every process at start-up) it completes at once.
const { Worker } = require('bullmq');

const [redisUrl, prefix, queueName] = process.argv.slice(2);
const worker = new Worker(
  queueName,
  (job) => {
    if (job.name !== 'run-audit') return Promise.resolve();
    process.send(job.id);
    return new Promise(() => undefined);
  },
  { connection: { url: redisUrl, maxRetriesPerRequest: null }, prefix, lockDuration: 2000, stalledInterval: 1000 },
);
worker.waitUntilReady().then(() => process.send('ready'));
