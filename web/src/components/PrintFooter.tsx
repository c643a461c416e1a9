import { useView } from '../app/view.js';
import { formatDate, todayIso } from '../format/dates.js';

/** On paper only: where the page came from and when, so a printed dossier can be traced back. */
export function PrintFooter() {
  const view = useView();
  const url = new URL(view.hereWith({}), window.location.origin).href;
  return (
    <footer class="print-footer" data-testid="print-footer">
      {view.t('citeVia', { url, date: formatDate(view.state.lang, todayIso()) })}
    </footer>
  );
}
