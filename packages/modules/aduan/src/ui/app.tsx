/**
 * The root of every view: the module environment, the styles, the section with its one heading,
 * and the screen for the route.
 *
 * @module
 */
import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import { messagesFor } from '../messages.ts';
import { EnvContext, Failure, Link, useEnv, useLoader, type AduanEnv } from './common.tsx';
import { ReportDetail } from './detail.tsx';
import { ReportForm } from './form.tsx';
import { MyReports, PublicFeed } from './lists.tsx';
import { ADUAN_CSS } from './styles.ts';

/** The views of the module, one per route, plus `main`. */
export const VIEW_NAMES = ['main', 'baru', 'saya', 'laporan', 'publik'] as const;

/** A view of the module. */
export type ViewName = (typeof VIEW_NAMES)[number];

/** What the host passes to a view, plus which view it is. */
export interface AduanAppProps {
  readonly env: Omit<AduanEnv, 't'>;
  readonly view: ViewName;
  readonly params: Readonly<Record<string, string>>;
}

function Landing(): JSX.Element {
  const { t } = useEnv();
  return (
    <>
      <p>{t.intro}</p>
      <Link to="/baru" class="gb-aduan-button gb-aduan-primary gb-aduan-block" data-testid="aduan-new">
        {t.newReport}
      </Link>
      <h3>{t.myReports}</h3>
      <MyReports limit={3} />
      <Link to="/saya">{t.seeAll}</Link>
      <h3>{t.publicFeed}</h3>
      <PublicFeed limit={5} />
      <Link to="/publik">{t.seeAll}</Link>
    </>
  );
}

/** The root component of every view. */
export function AduanApp(props: AduanAppProps): JSX.Element {
  const t = messagesFor(props.env.ctx.i18n.locale);
  const env: AduanEnv = { ...props.env, t };
  const titleId = useId();
  const ready = useLoader(() => env.state.ready, [env.state]);
  const ticket = props.params.ticket ?? '';
  const title = {
    main: t.title,
    baru: t.formTitle,
    saya: t.myReports,
    laporan: t.reportTitle(ticket),
    publik: t.publicFeed,
  }[props.view];
  let screen: JSX.Element;
  if (ready.error !== undefined) screen = <Failure error={ready.error} />;
  else if (ready.loading) screen = <p role="status">{t.loading}</p>;
  else if (props.view === 'baru') screen = <ReportForm />;
  else if (props.view === 'saya') screen = <MyReports />;
  else if (props.view === 'laporan') screen = <ReportDetail ticket={ticket} />;
  else if (props.view === 'publik') screen = <PublicFeed />;
  else screen = <Landing />;
  return (
    <EnvContext.Provider value={env}>
      <section class="gb-aduan" aria-labelledby={titleId} data-view={props.view}>
        <style>{ADUAN_CSS}</style>
        {props.view === 'main' ? null : (
          <nav aria-label={t.title}>
            <Link to="/">← {t.title}</Link>
          </nav>
        )}
        <h2 id={titleId}>{title}</h2>
        {screen}
      </section>
    </EnvContext.Provider>
  );
}
