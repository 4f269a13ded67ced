// The GraphML export parsed back by a strict XML parser (sax) and checked against the rules of
// the GraphML 1.0 schema (http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd, with
// graphml-structure.xsd and graphml-attributes.xsd; read in the copy at
// github.com/YonatanGM/TextTech-CitationNetwork graphml.xsd @897ea80): keys declared before the
// graph with a legal `for` and `attr.type`, NMTOKEN ids, unique node ids, edges between declared
// nodes, every data element naming a declared key for its own element kind. No XSD validator is
// installed (no xmllint), so these rules are checked here one by one.
import sax from 'sax';
import { describe, expect, it } from 'vitest';
import { exportFile } from '../../../../src/core/export/exportFile.ts';
import { xmlText } from '../../../../src/core/export/xmlText.ts';
import { HOSTILE_NAME, sampleInput } from './exportSample.ts';

interface Element { name: string; attributes: Record<string, string>; children: Element[]; text: string }

function parseStrict(xml: string): Element {
  const root: Element = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  const parser = sax.parser(true);
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    const element = { name: tag.name, attributes: tag.attributes, children: [], text: '' };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (text) => void (stack.at(-1)!.text += text);
  parser.write(xml).close();
  return root.children[0]!;
}

// XML 1.0 Char production: anything else makes the document not well-formed.
const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const NMTOKEN = /^[\p{L}\p{N}._:-]+$/u;
const KEY_FOR = ['all', 'graphml', 'graph', 'node', 'edge', 'hyperedge', 'port', 'endpoint'];
const ATTR_TYPES = ['boolean', 'int', 'long', 'float', 'double', 'string'];

describe('GraphML export', () => {
  const file = exportFile('graphml', sampleInput());
  const graphml = parseStrict(file.text);
  const keys = graphml.children.filter((c) => c.name === 'key');
  const graph = graphml.children.find((c) => c.name === 'graph')!;
  const nodes = graph.children.filter((c) => c.name === 'node');
  const edges = graph.children.filter((c) => c.name === 'edge');
  const keyById = new Map(keys.map((k) => [k.attributes.id!, k]));
  const dataOf = (element: Element) =>
    Object.fromEntries(element.children.filter((c) => c.name === 'data').map((d) => [keyById.get(d.attributes.key!)!.attributes['attr.name']!, d.text]));

  it('is well-formed XML 1.0 in the GraphML namespace, keys before the graph', () => {
    expect(XML_CHAR.test(file.text)).toBe(true);
    expect(graphml.name).toBe('graphml');
    expect(graphml.attributes.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
    const order = graphml.children.map((c) => c.name);
    expect(order.lastIndexOf('key')).toBeLessThan(order.indexOf('graph'));
    expect(order.filter((n) => !['key', 'graph', 'data', 'desc'].includes(n))).toEqual([]);
    expect(['directed', 'undirected']).toContain(graph.attributes.edgedefault);
  });

  it('declares every key correctly and uses only declared keys on the right elements', () => {
    for (const k of keys) {
      expect(NMTOKEN.test(k.attributes.id!)).toBe(true);
      expect(KEY_FOR).toContain(k.attributes.for);
      expect(NMTOKEN.test(k.attributes['attr.name']!)).toBe(true);
      expect(ATTR_TYPES).toContain(k.attributes['attr.type']);
    }
    expect(new Set(keys.map((k) => k.attributes.id)).size).toBe(keys.length);
    for (const element of [graph, ...nodes, ...edges]) {
      for (const d of element.children.filter((c) => c.name === 'data')) {
        const key = keyById.get(d.attributes.key!);
        expect(key, `data key ${d.attributes.key}`).toBeDefined();
        expect([element.name, 'all']).toContain(key!.attributes.for);
        const type = key!.attributes['attr.type'];
        if (type === 'double') expect(Number.isFinite(Number(d.text))).toBe(true);
        if (type === 'int') expect(Number.isInteger(Number(d.text))).toBe(true);
      }
    }
  });

  it('has unique NMTOKEN node ids and edges only between declared nodes', () => {
    const ids = nodes.map((n) => n.attributes.id!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(NMTOKEN.test(id)).toBe(true);
    for (const e of edges) {
      expect(ids).toContain(e.attributes.source);
      expect(ids).toContain(e.attributes.target);
    }
  });

  it('holds every author as a node with its strongest score and level', () => {
    expect(nodes).toHaveLength(6);
    const byKey = new Map(nodes.map((n) => [dataOf(n).author_key, dataOf(n)]));
    expect(byKey.get('kz:bot3')).toMatchObject({ level: 'likely', comments: '2' });
    expect(Number(byKey.get('kz:bot3')!.score)).toBeGreaterThan(0.75);
    expect(byKey.get('kz:bek')).toMatchObject({ level: 'none', score: '0' });
    // Markup in a name stays text; characters XML cannot carry become U+FFFD.
    expect(byKey.get('kz:ann')!.label).toBe(HOSTILE_NAME.replace('\u0007', '\uFFFD').replace('\uD800', '\uFFFD'));
  });

  it('joins the brigade by weighted co-occurrence and same-text edges', () => {
    const keyOf = new Map(nodes.map((n) => [n.attributes.id!, dataOf(n).author_key]));
    const got = edges
      .map((e) => {
        const d = dataOf(e);
        return `${d.relation} ${[keyOf.get(e.attributes.source!), keyOf.get(e.attributes.target!)].sort().join(' ')} ${d.weight}`;
      })
      .sort();
    expect(got).toEqual([
      'coOccurrence kz:bot2 kz:bot3 2', 'coOccurrence kz:bot2 kz:bot4 2', 'coOccurrence kz:bot3 kz:bot4 2',
      'sameText kz:bot2 kz:bot3 1', 'sameText kz:bot2 kz:bot4 1', 'sameText kz:bot3 kz:bot4 1',
    ]);
  });

  it('carries the provenance as graph data', () => {
    expect(dataOf(graph)).toMatchObject({
      kuzet_version: '0.1.0',
      exported_at: '2026-11-20T11:00:00.000Z',
      sites: 'kz',
      list_versions: 'https://lists.example.org/kz@7',
      page_urls: 'https://news.example.kz/article/1\nhttps://news.example.kz/article/2',
    });
    expect(JSON.parse(dataOf(graph).weights!)).toMatchObject({ bias: -3, weights: { copypasta: 4.5 } });
  });

  it('escapes text so no name can open markup or break the file', () => {
    for (const name of ['</data><node id="x"/>', 'a&b', '\u0000\u001F', '"\'', 'x\r\ny']) {
      const element = parseStrict(`<r>${xmlText(name)}</r>`);
      expect(element.children).toEqual([]);
      expect(XML_CHAR.test(xmlText(name))).toBe(true);
    }
    expect(parseStrict(`<r>${xmlText('x\r\ny')}</r>`).text).toBe('x\r\ny');
  });
});
