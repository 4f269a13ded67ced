// The way from the popup to the settings. A real link (options.html) so it works as a page
// too, but opened through the browser's openOptionsPage, which reuses an open options tab
// and knows Firefox's add-ons manager.
import { useConnector } from '../components/connector-context.ts';

export function OptionsLink() {
  const { t, openOptions } = useConnector();
  return (
    <p class="kz-footer">
      <a
        href="options.html"
        target="_blank"
        data-kuzet-popup="options"
        onClick={(e) => {
          e.preventDefault();
          void openOptions();
        }}
      >
        {t('popupOptions')}
      </a>
    </p>
  );
}
