// The formats an export can be written in. Apart from the writers so the message protocol and
// the pages can name formats without bundling csv-stringify and the exporters.
export const EXPORT_FORMATS = ['csv', 'ndjson', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
