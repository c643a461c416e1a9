import { useView } from '../app/view.js';
import type { CitedFact } from '../citations/facts.js';
import { type ExportInput, exportRows, toCsv, toJson } from '../export/exportTable.js';
import { downloadFile, exportFileName } from '../export/download.js';
import { todayIso } from '../format/dates.js';
import { Link } from '../routing/Link.js';
import { changesPathOf, type EntityKind, pathOf } from '../routing/viewState.js';
import { CiteButton } from './CiteButton.js';

interface PageActionsProps {
  kind: EntityKind;
  id: string;
  name: string;
  /** The page as a fact to cite: the entity with its own quotes. */
  page: CitedFact;
  /** What the exports hold; null while the page is still loading parts of it. */
  exportInput: Omit<ExportInput, 'permalink' | 'retrievedOn' | 'asOf' | 'knownOn'> | null;
}

/** Where to go from an entity's page (its network, what changed), and what to take away (a citation, exports, a print). */
export function PageActions({ kind, id, name, page, exportInput }: PageActionsProps) {
  const view = useView();
  const { asOf, knownOn } = view.state;
  const download = (format: 'csv' | 'json') => {
    if (!exportInput) return;
    const retrievedOn = todayIso();
    const input: ExportInput = { ...exportInput, permalink: new URL(view.hereWith({ cite: null }), window.location.origin).href, retrievedOn, asOf, knownOn };
    const file = exportFileName(id, retrievedOn, format);
    if (format === 'csv') downloadFile(file, 'text/csv;charset=utf-8', `\uFEFF${toCsv(exportRows(input))}`);
    else downloadFile(file, 'application/json', toJson(input));
  };
  return (
    <nav class="page-actions" aria-label={view.t('pageActions')} data-testid="page-actions">
      <Link href={view.href(pathOf('network', id))}>{view.t('networkLink')}</Link>
      <Link href={view.href(changesPathOf(kind, id))}>{view.t('changesLink')}</Link>
      <CiteButton fact={{ ...page, key: `page:${kind}:${id}`, label: name }} text={view.t('citePage')} />
      <span class="page-actions__group" role="group" aria-label={view.t('export')}>
        <span aria-hidden="true">{view.t('export')}:</span>
        {(['csv', 'json'] as const).map((format) => (
          <button
            type="button"
            class="cite-button"
            key={format}
            data-export={format}
            disabled={!exportInput}
            aria-label={view.t('exportLabel', { name, format: format.toUpperCase() })}
            onClick={() => download(format)}
          >
            {view.t(format === 'csv' ? 'exportCsv' : 'exportJson')}
          </button>
        ))}
      </span>
      <button type="button" class="cite-button" onClick={() => window.print()}>
        {view.t('print')}
      </button>
    </nav>
  );
}
