import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { AuditStatus, AuditStatusEvent, AuditView } from '../api/types';

export type LiveMode = 'live' | 'polling' | 'done';

const POLL_MS = 2_000;
const isFinal = (status: AuditStatus | undefined) => status === 'completed' || status === 'failed';

/**
 * The audit, kept current while it runs: server-sent events from /audits/:id/events, and polling
 * every 2 s if the stream cannot be opened or breaks (a proxy that buffers, an old browser).
 */
export function useAuditLive(auditId: string): { audit: AuditView | undefined; error: unknown; mode: LiveMode } {
  const queryClient = useQueryClient();
  const [streamFailed, setStreamFailed] = useState(typeof EventSource === 'undefined');
  const queryKey = ['audit', auditId];
  const query = useQuery({
    queryKey,
    queryFn: () => api.audits.get(auditId),
    refetchInterval: (current) => (streamFailed && !isFinal(current.state.data?.status) ? POLL_MS : false),
  });
  const running = query.data !== undefined && !isFinal(query.data.status);

  useEffect(() => {
    if (!running || streamFailed) return;
    const source = new EventSource(api.audits.eventsUrl(auditId));
    source.addEventListener('status', (message) => {
      const event = JSON.parse((message as MessageEvent<string>).data) as AuditStatusEvent;
      queryClient.setQueryData<AuditView>(queryKey, (old) =>
        old ? { ...old, status: event.status, attempts: event.attempts, failureReason: event.failureReason, finishedAt: event.finishedAt } : old,
      );
      if (isFinal(event.status)) {
        source.close();
        // The report itself comes with the full audit.
        void queryClient.invalidateQueries({ queryKey });
        void queryClient.invalidateQueries({ queryKey: ['audits'] });
      }
    });
    source.onerror = () => {
      source.close();
      setStreamFailed(true);
    };
    return () => source.close();
    // queryKey is derived from auditId.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [auditId, running, streamFailed, queryClient]);

  const mode: LiveMode = !running ? 'done' : streamFailed ? 'polling' : 'live';
  return { audit: query.data, error: query.error, mode };
}
