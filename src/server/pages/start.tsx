// Starts a server page: the shared theme and the pages' layout as one <style> (the CSP allows
// inline styles, not other files), the reader's language on <html> and in the title, then
// the page itself.
import { render, type ComponentChild } from 'preact';
import { applyDocumentLanguage } from '../../ui/shared/document-lang.ts';
import type { Translate } from '../../ui/shared/translate.ts';
import { loadMessages } from './messages.ts';
import theme from '../../ui/shared/theme.css';
import layout from './pages.css';

export function startPage(titleKey: string, page: (t: Translate) => ComponentChild): void {
  const style = document.createElement('style');
  style.textContent = `${String(theme)}\n${String(layout)}`;
  document.head.append(style);
  void loadMessages().then((t) => {
    applyDocumentLanguage(document, t, titleKey);
    render(page(t), document.getElementById('app') as HTMLElement);
  });
}
