import { useEffect, useRef, useState } from 'preact/hooks';
import { useView } from '../app/view.js';

/**
 * Says what a copy did: a short confirmation with the copied text, or, when the browser
 * refuses the clipboard, the text selected in a box so the reader can copy it by hand.
 */

interface Notice {
  text: string;
  copied: boolean;
}

const listeners = new Set<(notice: Notice | null) => void>();

/** Copies `text` to the clipboard and shows the outcome. */
export async function copyText(text: string): Promise<boolean> {
  const copied = await navigator.clipboard.writeText(text).then(
    () => true,
    () => false,
  );
  for (const listener of listeners) listener({ text, copied });
  return copied;
}

export function CopyNotice() {
  const view = useView();
  const [notice, setNotice] = useState<Notice | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    listeners.add(setNotice);
    return () => {
      listeners.delete(setNotice);
    };
  }, []);
  useEffect(() => {
    if (notice && !notice.copied) box.current?.select();
  }, [notice]);

  return (
    <div class="copy-notice" role="status" aria-live="polite" data-testid="copy-notice" hidden={notice === null}>
      {notice && (
        <>
          <p class="copy-notice__message">{view.t(notice.copied ? 'copied' : 'copyFailed')}</p>
          {notice.copied ? (
            <pre class="copy-notice__text">{notice.text}</pre>
          ) : (
            <textarea ref={box} class="copy-notice__text" readOnly rows={6} aria-label={view.t('cite')} value={notice.text} />
          )}
          <button type="button" class="close-button" onClick={() => setNotice(null)}>
            {view.t('close')}
          </button>
        </>
      )}
    </div>
  );
}
