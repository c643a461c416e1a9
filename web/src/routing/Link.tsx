import type { ComponentChildren } from 'preact';
import { navigate } from './location.js';

interface LinkProps {
  href: string;
  children: ComponentChildren;
  class?: string;
}

/**
 * A real link (it opens in a new tab, can be copied, works without JavaScript's
 * help for the keyboard) that moves inside the explorer without a page reload.
 */
export function Link({ href, children, class: className }: LinkProps) {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
    window.scrollTo(0, 0);
  };
  return (
    <a href={href} class={className} onClick={onClick}>
      {children}
    </a>
  );
}
