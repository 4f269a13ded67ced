// The pages' view of the shared message formatter (core/insight/formatMessage.ts).
export { formatMessage, type Catalog, type CatalogEntry } from '../../core/insight/formatMessage.ts';
