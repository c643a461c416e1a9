import { useEffect } from 'preact/hooks';

/**
 * Gives the page its own title and description, so a tab, a bookmark and a shared link
 * say what they show ("Ilona Benz – rolegraph"), not just the application's name. A
 * null title leaves the page's meta to a child that knows better (the not-found page).
 */
export function useDocumentMeta(title: string | null, description: string): void {
  useEffect(() => {
    if (title === null) return;
    document.title = title;
    let meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (!meta) {
      meta = document.createElement('meta');
      meta.name = 'description';
      document.head.append(meta);
    }
    meta.content = description;
  }, [title, description]);
}
