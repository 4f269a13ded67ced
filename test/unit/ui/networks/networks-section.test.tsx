// @vitest-environment happy-dom
// The Networks section as a reviewer uses it, on the clusters core finds in a real IRA export:
// the cluster shows its members, graph and timeline; Remove and Ready send the marks; Export
// dossier asks the background and downloads the zip it answers; outside an extension it is absent.
import { afterEach, describe, expect, it } from 'vitest';
import type { VerdictLine } from '../../../../src/core/export/ndjsonFormat.ts';
import { commentsOf, networksOfExport } from '../../../../src/core/networks/fromExport.ts';
import { applyMarks } from '../../../../src/core/networks/marks.ts';
import type { ClusterMarks } from '../../../../src/core/networks/types.ts';
import { createMockConnector } from '../../../../src/ui/connect/mock.ts';
import type { ClusterView, NetworksConnector } from '../../../../src/ui/networks/networks-connector.ts';
import { NetworksSection } from '../../../../src/ui/networks/networks-section.tsx';
import { realExport } from '../../core/dossier/realExport.ts';
import { EN, click, mount } from '../render.tsx';

afterEach(() => document.body.replaceChildren());

const lines = realExport();
const verdicts = new Map(lines.flatMap((l) => (l.kind === 'verdict' ? [[l.authorKey, l] as const] : [])));
const member = (key: string) => {
  const v = verdicts.get(key) as VerdictLine;
  return { key, displayName: v.displayName, level: v.level, score: v.score, reasons: v.reasons };
};

function fakeNetworks() {
  const marks = new Map<string, ClusterMarks>();
  const asked: { marks: ClusterMarks[]; exports: unknown[] } = { marks: [], exports: [] };
  const connector: NetworksConnector = {
    async list(): Promise<ClusterView[]> {
      return networksOfExport(lines).clusters.map((c) => {
        const m = applyMarks(c, marks.get(c.id));
        const inside = new Set(m.members);
        return { ...m, members: m.members.map(member), removed: m.removed.map(member), comments: commentsOf(lines).filter((x) => inside.has(x.authorKey)) };
      });
    },
    async mark(m) {
      asked.marks.push(m);
      marks.set(m.clusterId, m);
    },
    async exportDossier(request) {
      asked.exports.push(request);
      return { fileName: 'kuzet-dossier-2024-01-02.zip', zipBase64: btoa('PK'), clusters: 1, accounts: 29 };
    },
  };
  return { connector, asked };
}

describe('Networks section', () => {
  it('shows the IRA cluster with its members, graph and timeline', async () => {
    const { connector } = fakeNetworks();
    const root = await mount(createMockConnector({ catalog: EN }), <NetworksSection connector={connector} />);
    const card = root.querySelector('[data-kuzet-network]');
    expect(card).not.toBeNull();
    expect(card!.querySelectorAll('[data-kuzet-member]').length).toBeGreaterThanOrEqual(20);
    const graph = card!.querySelector('img.kz-network-graph') as HTMLImageElement;
    expect(decodeURIComponent(graph.src)).toContain('<svg');
    expect(root.textContent).toContain('Posted the same text as');
  });

  it('removes a member and marks the cluster ready through the connector', async () => {
    const { connector, asked } = fakeNetworks();
    const root = await mount(createMockConnector({ catalog: EN }), <NetworksSection connector={connector} />);
    const first = root.querySelector('[data-kuzet-member]')!;
    const key = first.getAttribute('data-kuzet-member')!;
    await click(first.querySelector('button'));
    expect(asked.marks.at(-1)).toMatchObject({ removed: [key], ready: false });
    expect(root.querySelector(`[data-kuzet-member="${key}"]`)).toBeNull();
    expect(root.querySelector(`[data-kuzet-removed="${key}"]`)?.textContent).toContain('Put back');
    await click(root.querySelector('[data-kuzet-ready]'));
    expect(asked.marks.at(-1)).toMatchObject({ removed: [key], ready: true });
  });

  it('exports the dossier in the page language and downloads the zip', async () => {
    const { connector, asked } = fakeNetworks();
    const saved: string[] = [];
    document.documentElement.lang = 'kk';
    const root = await mount(createMockConnector({ catalog: EN }), <NetworksSection connector={connector} download={(name) => saved.push(name)} />);
    await click(root.querySelector('[data-kuzet-export-dossier]'));
    expect(asked.exports).toEqual([{ includeOthers: false, language: 'kk' }]);
    expect(saved).toEqual(['kuzet-dossier-2024-01-02.zip']);
    expect(root.querySelector('[data-kuzet-dossier-saved]')?.textContent).toContain('open report.html');
  });

  it('is absent outside an extension', async () => {
    const root = await mount(createMockConnector({ catalog: EN }), <NetworksSection />);
    expect(root.querySelector('[data-kuzet-networks]')).toBeNull();
  });
});
