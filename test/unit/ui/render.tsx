// Test helpers for the UI: mount a page under a connector and let its promises settle, so
// each test reads the DOM as a person would see it after the page finished loading.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import en from '../../../_locales/en/messages.json';
import { ConnectorContext } from '../../../src/ui/components/connector-context.ts';
import type { Connector } from '../../../src/ui/connect/connector.ts';
import type { Catalog } from '../../../src/ui/connect/format-message.ts';

/** The real English catalog, so tests assert on the sentences people read. */
export const EN: Catalog = en;

/** Lets pending promises and the re-renders they cause run to completion. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

export async function mount(connector: Connector, page: ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => {
    render(<ConnectorContext.Provider value={connector}>{page}</ConnectorContext.Provider>, root);
  });
  await settle();
  return root;
}

export async function click(element: Element | null): Promise<void> {
  if (!(element instanceof HTMLElement)) throw new Error('nothing to click');
  await act(() => element.click());
  await settle();
}

export async function choose(select: Element | null, value: string): Promise<void> {
  if (!(select instanceof HTMLSelectElement)) throw new Error('no select');
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function texts(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((el) => el.textContent ?? '');
}
