// The MAIN-world modules use the built-ins the loader saved at document_start (src/page/builtins.ts,
// null-proto.ts): in unit tests, this process's own stand in for them.
import { adoptObjectBuiltins } from '../../src/page/null-proto';

adoptObjectBuiltins({ setPrototypeOf: Object.setPrototypeOf, keys: Object.keys });
