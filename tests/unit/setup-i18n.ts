// Unit tests call rules and `t` in every language synchronously, as the CLI does: register all
// catalogs up front (extension pages load theirs on demand, see src/i18n/catalog.ts).
import '../../src/i18n/all-catalogs';
