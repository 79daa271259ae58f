import de from '../../public/_locales/de/messages.json';
import es from '../../public/_locales/es/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import ja from '../../public/_locales/ja/messages.json';
import ptBR from '../../public/_locales/pt_BR/messages.json';
import { registerCatalog } from './catalog';

/**
 * Imported for its effect by the Node entry points (the library's index, hence the CLI): every
 * language available synchronously, as a command line tool expects. Extension pages never import
 * this; they load their one language with `loadCatalog`.
 */
registerCatalog('de', de);
registerCatalog('es', es);
registerCatalog('fr', fr);
registerCatalog('ja', ja);
registerCatalog('pt_BR', ptBR);
