// @vitest-environment happy-dom
// The page's lang attribute follows the extension's chosen locale, in BCP 47 form.
import { describe, expect, it } from 'vitest';
import { applyDocumentLanguage } from '../../../../src/ui/shared/document-lang.ts';
import { createMockConnector } from '../../../../src/ui/connect/mock.ts';
import { EN } from '../render.tsx';

describe('applyDocumentLanguage', () => {
  it('sets lang from @@ui_locale and the title from the given key', () => {
    applyDocumentLanguage(document, createMockConnector({ catalog: EN, locale: 'kk_KZ' }).t, 'popupTitle');
    expect(document.documentElement.lang).toBe('kk-KZ');
    expect(document.title).toBe('Kuzet on this page');
  });
});
