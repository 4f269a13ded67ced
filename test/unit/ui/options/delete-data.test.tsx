// @vitest-environment happy-dom
// The options page's "Delete all local data" as a person uses it: one click only asks, Cancel
// erases nothing, "Yes" erases once and says so; a failure is said, not swallowed; a connector
// without the ability (no background) shows no button that cannot work.
import { afterEach, describe, expect, it } from 'vitest';
import { createMockConnector } from '../../../../src/ui/connect/mock.ts';
import { DeleteDataSection } from '../../../../src/ui/options/delete-data.tsx';
import { OptionsApp } from '../../../../src/ui/options/options-app.tsx';
import { EN, click, mount } from '../render.tsx';

afterEach(() => {
  document.body.replaceChildren();
});

function connectorDeleting(run: () => Promise<void>) {
  const calls: number[] = [];
  const connector = Object.assign(createMockConnector({ catalog: EN }), { deleteAllData: () => (calls.push(1), run()) });
  return { connector, calls };
}

const q = (root: HTMLElement, what: string) => root.querySelector(`[data-kuzet-privacy="${what}"]`);

describe('delete all local data', () => {
  it('is on the options page, asks before erasing, and Cancel erases nothing', async () => {
    const { connector, calls } = connectorDeleting(async () => undefined);
    const root = await mount(connector, <OptionsApp />);
    expect(q(root, 'delete')?.textContent).toContain('Delete all local data');
    await click(q(root, 'delete-start'));
    expect(q(root, 'delete')?.textContent).toContain('This cannot be undone.');
    await click(q(root, 'delete-cancel'));
    expect(calls).toEqual([]);
    expect(q(root, 'delete-start')).not.toBeNull();
  });

  it('erases once on "Yes" and says it is done', async () => {
    const { connector, calls } = connectorDeleting(async () => undefined);
    const root = await mount(connector, <DeleteDataSection />);
    await click(q(root, 'delete-start'));
    await click(q(root, 'delete-yes'));
    expect(calls).toEqual([1]);
    expect(q(root, 'deleted')?.textContent).toBe(EN['privacy_deleteDone']!.message);
  });

  it('says why when the background could not erase', async () => {
    const { connector } = connectorDeleting(async () => Promise.reject(new Error('database is locked')));
    const root = await mount(connector, <DeleteDataSection />);
    await click(q(root, 'delete-start'));
    await click(q(root, 'delete-yes'));
    expect(q(root, 'delete-error')?.textContent).toBe('Could not delete: database is locked');
    expect(q(root, 'deleted')).toBeNull();
  });

  it('shows nothing where no background can erase (a connector without it)', async () => {
    const root = await mount(createMockConnector({ catalog: EN }), <DeleteDataSection />);
    expect(q(root, 'delete')).toBeNull();
  });
});
