// Entry of options.html (bundled to options.js): the settings page against the real extension.
import { render } from 'preact';
import { applyDocumentLanguage } from '../shared/document-lang.ts';
import { ConnectorContext } from '../components/connector-context.ts';
import { Localised } from '../components/localised.tsx';
import { createExtensionConnector } from '../connect/extension.ts';
import { OptionsApp } from './options-app.tsx';
import './options.css';

const connector = createExtensionConnector();
applyDocumentLanguage(document, connector.t, 'optionsTitle');
const root = document.getElementById('root');
if (root) {
  render(
    <ConnectorContext.Provider value={connector}>
      <Localised titleKey="optionsTitle">
        <OptionsApp />
      </Localised>
    </ConnectorContext.Provider>,
    root,
  );
}
