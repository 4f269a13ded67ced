// Per-site switches: read this site at all (with its host permission: switching off gives the
// permission back where the browser allows it, switching on asks for it again inside the
// click), and collapse comments of flagged authors there.
import type { Settings } from '../../../core/settings.ts';
import { useConnector } from '../../components/connector-context.ts';
import { BUILTIN_SITES, type BuiltinSite } from './builtin-sites.ts';

interface Props {
  settings: Settings;
  disabled: boolean;
  onChange(next: Settings): void;
  onRefused(site: BuiltinSite): void;
}

const toggle = (list: readonly string[], id: string, on: boolean) => (on ? [...new Set([...list, id])] : list.filter((x) => x !== id));

export function SitesField({ settings, disabled, onChange, onRefused }: Props) {
  const { t, requestHosts, removeHosts } = useConnector();

  function setRead(site: BuiltinSite, on: boolean) {
    if (on) {
      // The request must be the click's first call: browsers grant only during the gesture.
      void requestHosts(site.origins).then((granted) => {
        if (granted) onChange({ ...settings, disabledSites: toggle(settings.disabledSites, site.id, false) });
        else onRefused(site);
      });
      return;
    }
    onChange({ ...settings, disabledSites: toggle(settings.disabledSites, site.id, true) });
    void removeHosts(site.origins);
  }

  return (
    <fieldset class="kz-field" data-kuzet-options="sites">
      <legend>{t('optionsSitesLegend')}</legend>
      <table class="kz-sites">
        <thead>
          <tr>
            <th scope="col">{t('optionsSiteColumn')}</th>
            <th scope="col">{t('optionsSiteRead')}</th>
            <th scope="col">{t('optionsSiteCollapse')}</th>
          </tr>
        </thead>
        <tbody>
          {BUILTIN_SITES.map((site) => {
            const reading = !settings.disabledSites.includes(site.id);
            return (
              <tr key={site.id} data-kuzet-site={site.id}>
                <th scope="row">{site.name}</th>
                <td>
                  <input type="checkbox" checked={reading} disabled={disabled} data-kuzet-site-read={site.id}
                    aria-label={t('optionsSiteReadAria', [site.name])} onChange={(e) => setRead(site, e.currentTarget.checked)} />
                </td>
                <td>
                  <input type="checkbox" checked={settings.collapseFlagged.includes(site.id)} disabled={disabled || !reading}
                    data-kuzet-site-collapse={site.id} aria-label={t('optionsSiteCollapseAria', [site.name])}
                    onChange={(e) => onChange({ ...settings, collapseFlagged: toggle(settings.collapseFlagged, site.id, e.currentTarget.checked) })} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
