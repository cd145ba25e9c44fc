import type { AdmissionService } from './admission.service';
import type { AuditQueueService } from './audit-queue.service';
import type { AuditStore, NewAudit } from './audit-store';
import type { Audit } from './audit.entity';
import { AuditIntakeService } from './audit-intake.service';

/** A queue that records the ids it was given. */
function recordingQueue(): { queue: AuditQueueService; ids: string[] } {
  const ids: string[] = [];
  const queue = { enqueueOrLeaveForReconciler: async (auditIds: readonly string[]) => void ids.push(...auditIds) } as unknown as AuditQueueService;
  return { queue, ids };
}

describe('AuditIntakeService: the jobs of the warm-up accounts go to the queue they were diverted to, and only theirs', () => {
  const store = { insertQueued: async (audits: readonly NewAudit[]) => audits.map((audit) => ({ id: audit.id }) as Audit) } as unknown as AuditStore;
  const admission = { admit: async () => undefined } as unknown as AdmissionService;

  it('queues a diverted owner\'s audits on the other queue and everyone else\'s on the real one', async () => {
    const real = recordingQueue();
    const warmUp = recordingQueue();
    const intake = new AuditIntakeService(admission, store, real.queue);
    const submit = (ownerId: string) => intake.accept(ownerId, [intake.newAudit({ sources: [] }, { ownerId, idempotencyKey: null, batchId: null })]);

    const [before] = await submit('warm-up-owner');
    intake.divertJobsOf(new Set(['warm-up-owner']), warmUp.queue);
    const [diverted] = await submit('warm-up-owner');
    const [client] = await submit('client');

    expect(warmUp.ids).toEqual([diverted!.id]);
    expect(real.ids).toEqual([before!.id, client!.id]);
  });
});
