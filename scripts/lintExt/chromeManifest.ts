// What Chrome (and the Chrome Web Store) accepts in dist/chrome's manifest, checked without a
// browser: Chrome has no offline linter like addons-linter, so the rules Chrome enforces at load
// and the store at upload that Kuzet could break are written down here. Pure: the caller reads
// the files.

/** API permissions Chrome knows (MV3), the ones Kuzet could plausibly ask for. */
const CHROME_PERMISSIONS = new Set([
  'activeTab', 'alarms', 'contextMenus', 'cookies', 'declarativeNetRequest', 'downloads', 'idle',
  'notifications', 'offscreen', 'scripting', 'sidePanel', 'storage', 'tabs', 'unlimitedStorage', 'webNavigation',
]);
/** Top-level keys Chrome recognises; any other key is an "Unrecognized manifest key" warning. */
const CHROME_KEYS = new Set([
  'manifest_version', 'name', 'short_name', 'description', 'version', 'version_name', 'default_locale', 'icons',
  'permissions', 'optional_permissions', 'host_permissions', 'optional_host_permissions', 'content_scripts',
  'background', 'action', 'options_ui', 'options_page', 'minimum_chrome_version', 'content_security_policy',
  'web_accessible_resources', 'commands', 'homepage_url', 'author', 'incognito', 'key', 'side_panel',
]);
const MATCH_PATTERN = /^(\*|https?|wss?|file|ftp):\/\/(\*|\*\.[^/*]+|[^/*]+)\/.*$/;

export interface ChromeBuild {
  manifest: Record<string, unknown>;
  /** Paths of the files in the build, relative to its root, with '/' separators. */
  files: ReadonlySet<string>;
  /** The default locale's messages.json, parsed (null when missing). */
  defaultMessages: Record<string, { message: string }> | null;
}

export function chromeManifestProblems({ manifest, files, defaultMessages }: ChromeBuild): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, problem: string) => void (ok || problems.push(problem));
  const file = (path: unknown, what: string) => need(typeof path === 'string' && files.has(path), `${what}: ${String(path)} is not in the build`);
  const resolve = (value: unknown): string => {
    const key = /^__MSG_(\w+)__$/.exec(String(value))?.[1];
    if (key === undefined) return String(value ?? '');
    const message = defaultMessages?.[key]?.message;
    need(message !== undefined, `${String(value)} has no message in the default locale`);
    return message ?? '';
  };

  need(manifest['manifest_version'] === 3, 'manifest_version must be 3');
  const version = String(manifest['version'] ?? '');
  need(/^\d+(\.\d+){0,3}$/.test(version) && version.split('.').every((n) => Number(n) <= 65535), `version "${version}": 1 to 4 dot-separated integers up to 65535`);
  for (const key of Object.keys(manifest)) need(CHROME_KEYS.has(key), `unrecognised manifest key "${key}"`);
  const name = resolve(manifest['name']);
  need(name.length > 0 && name.length <= 75, `name "${name}" must be 1 to 75 characters`);
  need(resolve(manifest['description']).length <= 132, 'description longer than 132 characters (the store limit)');
  if (manifest['default_locale'] !== undefined) need(defaultMessages !== null, `_locales/${String(manifest['default_locale'])}/messages.json missing`);

  const background = manifest['background'] as Record<string, unknown> | undefined;
  file(background?.['service_worker'], 'background.service_worker');
  need(background?.['scripts'] === undefined && background?.['page'] === undefined, 'MV3 Chrome takes only background.service_worker');

  const permissions = (manifest['permissions'] ?? []) as unknown[];
  for (const p of permissions) need(CHROME_PERMISSIONS.has(String(p)), `permission "${String(p)}" is unknown to Chrome`);
  for (const key of ['host_permissions', 'optional_host_permissions']) {
    for (const p of (manifest[key] ?? []) as unknown[]) {
      need(p !== '<all_urls>', `${key}: <all_urls> asks for every site`);
      need(MATCH_PATTERN.test(String(p)), `${key}: "${String(p)}" is not a match pattern`);
    }
  }
  for (const [i, script] of ((manifest['content_scripts'] ?? []) as Record<string, unknown>[]).entries()) {
    for (const js of (script['js'] ?? []) as unknown[]) file(js, `content_scripts[${i}].js`);
    for (const m of (script['matches'] ?? []) as unknown[]) need(MATCH_PATTERN.test(String(m)), `content_scripts[${i}]: "${String(m)}" is not a match pattern`);
  }
  file((manifest['action'] as Record<string, unknown> | undefined)?.['default_popup'], 'action.default_popup');
  file((manifest['options_ui'] as Record<string, unknown> | undefined)?.['page'], 'options_ui.page');
  for (const icon of Object.values((manifest['icons'] ?? {}) as Record<string, unknown>)) file(icon, 'icons');
  const actionIcons = (manifest['action'] as Record<string, unknown> | undefined)?.['default_icon'];
  for (const icon of Object.values((actionIcons ?? {}) as Record<string, unknown>)) file(icon, 'action.default_icon');

  const csp = JSON.stringify(manifest['content_security_policy'] ?? '');
  need(!/unsafe-eval|unsafe-inline|https?:|\*/.test(csp), `content_security_policy loosens the default: ${csp}`);
  return problems;
}
