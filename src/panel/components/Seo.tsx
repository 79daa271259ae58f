import type { Report } from '../../core/types';
import { bodyAim, currentDescription, isCurrent, scoreParts, suggestionSteps } from '../seo-view';
import { tr, uiLocale } from '../../platform/locale';
import { CODE, withCode } from './WithCode';
import { charAim } from '../../core/text/snippet-aim';

export function Seo(props: { report: Report; onUse: (text: string) => void; busy: boolean }) {
  const { suggestions, descriptionPath } = props.report;
  // The schema's limits, the ones the suggester and the length rules hold to.
  const { descriptionMinPixels: minPx, descriptionMaxPixels: maxPx } = props.report.limits;
  const current = currentDescription(props.report);
  // Japanese or Chinese fills the snippet with about half the characters: the hint and each
  // character meter aim at the range for text as wide as the suggestion's.
  const aimOf = (s: { length: number; pixels: number }) => charAim(s.length, s.pixels, props.report.limits);
  const hintAim = suggestions[0] ? aimOf(suggestions[0]) : bodyAim(props.report);
  return (
    <section aria-labelledby="seo-h">
      <h2 id="seo-h">{tr('seoHeading')}</h2>
      <p class="hint">
        {withCode(tr('seoHint', { path: CODE, min: hintAim.min, max: hintAim.max, px: maxPx }), descriptionPath)}
      </p>
      {suggestions.length === 0 && <p class="no-suggestions">{noSuggestionsText(props.report, hintAim.min, hintAim.max)}</p>}
      <ol class="suggestions">
        {suggestions.map((s, i) => (
          <li key={s.text} class={isCurrent(s, current) ? 'suggestion current' : 'suggestion'} data-suggestion={i} aria-current={isCurrent(s, current) ? 'true' : undefined}>
            {isCurrent(s, current) && <p class="current-marker">{tr('seoCurrent')}</p>}
            <p class="suggestion-text">{s.text}</p>
            <div class="meters">
              <label>
                {tr('seoCharacters', { count: s.length })}
                <CharMeter aim={aimOf(s)} value={s.length} />
              </label>
              <label>
                {tr('seoPixels', { px: Math.round(s.pixels) })}
                <meter min={0} max={maxPx * 1.5} low={minPx} high={maxPx} optimum={(minPx + maxPx) / 2} value={s.pixels} />
              </label>
            </div>
            <details class="score-parts">
              <summary>
                {tr('seoWhyRank', { rank: i + 1, score: s.score.total.toFixed(2) })}
                {s.how.length > 0 && ` · ${suggestionSteps(s.how, uiLocale).join(tr('listSeparator'))}`}
              </summary>
              <table>
                <tbody>
                  {scoreParts(s.score, uiLocale).map((p) => (
                    <tr key={p.part} data-part={p.part}>
                      <th scope="row">{p.label}</th>
                      <td>{p.value.toFixed(2)}</td>
                      <td>+{p.share.toFixed(3)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
            <button type="button" data-action="apply-description" disabled={props.busy || isCurrent(s, current)} onClick={() => props.onUse(s.text)} aria-label={tr('seoUseLabel', { rank: i + 1 })}>
              {isCurrent(s, current) ? tr('seoInUse') : tr('seoUse')}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

function CharMeter(props: { aim: { min: number; max: number }; value: number }) {
  const { min, max } = props.aim;
  return <meter min={0} max={max * 1.5} low={min} high={max} optimum={(min + max) / 2} value={props.value} />;
}

/** Why there is nothing to offer, in terms the editor can act on (the core says which case it is). */
function noSuggestionsText(report: Report, min: number, max: number): string {
  if (report.noSuggestions === 'little-prose') return tr('seoLittleProse', { min, max });
  if (report.noSuggestions === 'none-fit') return tr('seoNoneFit', { min, max });
  return tr('seoNoSuggestions');
}
