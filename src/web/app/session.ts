import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ApiError, api, setCsrfToken, setUnauthorizedHandler } from '../api/client';
import type { AccountView, WebSessionView } from '../api/types';

export const SESSION_KEY = ['session'] as const;

async function currentSession(): Promise<WebSessionView | null> {
  try {
    const session = await api.session.current();
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(undefined);
      return null;
    }
    throw error;
  }
}

/** The signed-in account (null when signed out), from the session cookie the server checks. */
export function useSession(): { account: AccountView | null; loading: boolean } {
  const client = useQueryClient();
  const query = useQuery({ queryKey: SESSION_KEY, queryFn: currentSession, staleTime: Infinity });
  useEffect(() => {
    setUnauthorizedHandler(() => void client.invalidateQueries({ queryKey: SESSION_KEY }));
  }, [client]);
  return { account: query.data?.account ?? null, loading: query.isPending };
}

/** After sign-in: the answer is the new session; everything cached for the previous one is dropped. */
export function useSessionUpdate(): (session: WebSessionView | null) => void {
  const client = useQueryClient();
  return (session) => {
    setCsrfToken(session?.csrfToken);
    client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
    client.setQueryData(SESSION_KEY, session);
  };
}
