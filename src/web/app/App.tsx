import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { Loading } from '../components/Status';
import { AccountPage } from '../pages/AccountPage';
import { AuditPage } from '../pages/AuditPage';
import { HistoryPage } from '../pages/HistoryPage';
import { InvitationPage } from '../pages/InvitationPage';
import { NewAuditPage } from '../pages/NewAuditPage';
import { GoodbyePage, NotFoundPage } from '../pages/NotFoundPage';
import { SharedLinkPage } from '../pages/SharedLinkPage';
import { SignInPage } from '../pages/SignInPage';
import { SignUpPage } from '../pages/SignUpPage';
import { Layout } from './Layout';
import { RequireRole } from './RequireRole';
import { useSession } from './session';

// Recruiter and admin pages load on demand: most visitors are candidates.
const RecruiterListPage = lazy(() => import('../pages/recruiter/RecruiterListPage'));
const RecruiterSummaryPage = lazy(() => import('../pages/recruiter/RecruiterSummaryPage'));
const RecruiterRequestsPage = lazy(() => import('../pages/recruiter/RecruiterRequestsPage'));
const AdminPage = lazy(() => import('../pages/admin/AdminPage'));

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Home />} />
        <Route path="signin" element={<SignInPage />} />
        <Route path="signup" element={<SignUpPage />} />
        <Route path="s/:token" element={<SharedLinkPage />} />
        <Route path="r/:token" element={<InvitationPage />} />
        <Route path="goodbye" element={<GoodbyePage />} />
        <Route element={<RequireRole role="candidate" />}>
          <Route path="audits" element={<HistoryPage />} />
          <Route path="audits/new" element={<NewAuditPage />} />
          <Route path="audits/:id" element={<AuditPage />} />
        </Route>
        <Route element={<RequireRole role="recruiter" />}>
          <Route path="recruiter" element={<Lazy page={<RecruiterListPage />} />} />
          <Route path="recruiter/summaries/:auditId" element={<Lazy page={<RecruiterSummaryPage />} />} />
          <Route path="recruiter/requests" element={<Lazy page={<RecruiterRequestsPage />} />} />
        </Route>
        <Route element={<RequireRole role="admin" />}>
          <Route path="admin" element={<Lazy page={<AdminPage />} />} />
        </Route>
        <Route element={<RequireRole />}>
          <Route path="account" element={<AccountPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

function Lazy({ page }: { page: React.ReactNode }) {
  return <Suspense fallback={<Loading />}>{page}</Suspense>;
}

/** `/`: the signed-in person's home, or the sign-in page. */
function Home() {
  const { account, loading } = useSession();
  const { t } = useTranslation();
  if (loading) return <Loading label={t('common.loading')} />;
  if (!account) return <Navigate to="/signin" replace />;
  return <Navigate to={homeOf(account.role)} replace />;
}

export function homeOf(role: string): string {
  if (role === 'recruiter') return '/recruiter';
  if (role === 'admin') return '/admin';
  return '/audits';
}
