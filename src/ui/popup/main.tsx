// Entry of popup.html (bundled to popup.js): the popup against the real extension.
import { render } from 'preact';
import { applyDocumentLanguage } from '../shared/document-lang.ts';
import { ConnectorContext } from '../components/connector-context.ts';
import { Localised } from '../components/localised.tsx';
import { createExtensionConnector } from '../connect/extension.ts';
import { PopupApp } from './popup-app.tsx';
import './popup.css';

const connector = createExtensionConnector();
applyDocumentLanguage(document, connector.t, 'popupTitle');
const root = document.getElementById('root');
if (root) {
  render(
    <ConnectorContext.Provider value={connector}>
      <Localised titleKey="popupTitle">
        <PopupApp search={location.search} />
      </Localised>
    </ConnectorContext.Provider>,
    root,
  );
}
