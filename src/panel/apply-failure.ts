import type { ApplyResult } from '../protocol/apply-result';
import { tr } from '../platform/locale';

type Failure = Extract<ApplyResult, { ok: false }>;

/**
 * A failed write, said in the UI language. The driver sent a catalog key and the facts; an
 * error's own words (`detail`, from the editor or the browser) stay as they came, quoted.
 */
export function applyFailureText({ say, params }: Pick<Failure, 'say' | 'params'>): string {
  const facts = { cms: params?.cms ?? '', path: params?.path ?? '', detail: params?.detail === undefined ? '' : tr('detailQuoted', { detail: params.detail }) };
  return tr(say, facts);
}
