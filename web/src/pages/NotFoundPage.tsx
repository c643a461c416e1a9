import { useView } from '../app/view.js';
import { Link } from '../routing/Link.js';

/** An unknown page or id, with the way back to the search. */
export function NotFoundPage({ message }: { message: string }) {
  const view = useView();
  return (
    <section class="not-found">
      <h1>{message}</h1>
      <p>
        <Link href={view.href('/')}>{view.t('backToSearch')}</Link>
      </p>
    </section>
  );
}
