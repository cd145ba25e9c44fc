import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '../api/types';
import { Loading, Notice } from '../components/Status';
import { useSession } from './session';

/** Pages behind sign-in; with `role`, only for that role (the API checks it again on every call). */
export function RequireRole({ role }: { role?: Role }) {
  const { account, loading } = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (loading) return <Loading />;
  if (!account) return <Navigate to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (role && account.role !== role) {
    return <Notice kind="error" title={t('errors.wrongRoleTitle')}>{t('errors.wrongRole', { role: t(`roles.${role}`) })}</Notice>;
  }
  return <Outlet />;
}
