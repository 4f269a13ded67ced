// @vitest-environment happy-dom
// The export control as a researcher uses it: in the popup it exports this tab's thread, in the
// options page everything kept; each format button asks the background (here a connector whose
// exportData writes the file with the real core exporter) and downloads what comes back.
import { afterEach, describe, expect, it } from 'vitest';
import { exportFile } from '../../../../src/core/export/exportFile.ts';
import type { ExportFile, ExportRequest } from '../../../../src/ui/connect/connector.ts';
import { createMockConnector } from '../../../../src/ui/connect/mock.ts';
import { ExportControl } from '../../../../src/ui/export/export-control.tsx';
import { OptionsApp } from '../../../../src/ui/options/options-app.tsx';
import { PopupApp } from '../../../../src/ui/popup/popup-app.tsx';
import { COMMENTS, sampleInput } from '../../core/export/exportSample.ts';
import { EN, click, mount } from '../render.tsx';

afterEach(() => {
  document.body.replaceChildren();
});

function connectorExporting(answer: (request: ExportRequest) => Promise<ExportFile>) {
  const asked: ExportRequest[] = [];
  const connector = Object.assign(createMockConnector({ catalog: EN }), {
    exportData: (request: ExportRequest) => (asked.push(request), answer(request)),
  });
  return { connector, asked };
}

const realFile = async (request: ExportRequest): Promise<ExportFile> => ({
  ...exportFile(request.format, sampleInput(request.scope)),
  comments: COMMENTS.length,
});

describe('export control', () => {
  it("downloads this tab's thread in the format pressed and says what it saved", async () => {
    const { connector, asked } = connectorExporting(realFile);
    const saved: { filename: string; text: string }[] = [];
    const root = await mount(connector, <ExportControl scope="thread" tabId={async () => 7} download={(f) => saved.push(f)} />);
    expect([...root.querySelectorAll('[data-kuzet-export]')].map((b) => b.getAttribute('data-kuzet-export'))).toEqual(['csv', 'ndjson', 'graphml']);
    await click(root.querySelector('[data-kuzet-export="graphml"]'));
    expect(asked).toEqual([{ scope: 'thread', format: 'graphml', tabId: 7 }]);
    expect(saved[0]!.filename).toMatch(/^kuzet-thread-.*\.graphml$/);
    expect(saved[0]!.text).toContain('<graphml');
    expect(root.querySelector('[data-kuzet-export-status]')!.textContent).toBe(`Saved ${saved[0]!.filename} (comments in the file: ${COMMENTS.length}).`);
  });

  it('says there is nothing to export instead of saving an empty file', async () => {
    const { connector } = connectorExporting(async (r) => ({ ...(await realFile(r)), comments: 0 }));
    const saved: unknown[] = [];
    const root = await mount(connector, <ExportControl scope="all" download={(f) => saved.push(f)} />);
    await click(root.querySelector('[data-kuzet-export="csv"]'));
    expect(saved).toEqual([]);
    expect(root.querySelector('[data-kuzet-export-status]')!.textContent).toBe('There is nothing to export yet: Kuzet has not read any comments here.');
  });

  it('shows a failure as an alert', async () => {
    const { connector } = connectorExporting(async () => {
      throw new Error('Kuzet: export/collect refused: failed');
    });
    const root = await mount(connector, <ExportControl scope="all" download={() => undefined} />);
    await click(root.querySelector('[data-kuzet-export="ndjson"]'));
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('The export failed: Kuzet: export/collect refused: failed');
  });

  it('sits in the popup for the thread and in the options page for everything kept', async () => {
    const { connector } = connectorExporting(realFile);
    const popup = await mount(connector, <PopupApp search="?tab=7" />);
    expect(popup.querySelector('[data-kuzet-export-scope]')?.getAttribute('data-kuzet-export-scope')).toBe('thread');
    document.body.replaceChildren();
    const options = await mount(connector, <OptionsApp />);
    expect(options.querySelector('[data-kuzet-export-scope]')?.getAttribute('data-kuzet-export-scope')).toBe('all');
  });
});
