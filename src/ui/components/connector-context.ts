// Hands the page's Connector to every component without threading it through props, so a
// test swaps the whole extension for the mock by wrapping one tree.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Connector, Translate } from '../connect/connector.ts';

export const ConnectorContext = createContext<Connector | null>(null);

export function useConnector(): Connector {
  const connector = useContext(ConnectorContext);
  // A missing provider is a programming error; failing loudly beats a silently blank page.
  if (!connector) throw new Error('Kuzet: no ConnectorContext provider above this component');
  return connector;
}

export function useT(): Translate {
  return useConnector().t;
}
