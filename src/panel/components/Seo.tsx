import type { Report } from '../../core/types';
import { currentDescription, isCurrent, scoreParts } from '../seo-view';
import { DESCRIPTION_MAX_PX } from '../snippet';

/** Lengths a description should have to show whole in search results (characters). */
const IDEAL_MIN = 120;
const IDEAL_MAX = 160;

export function Seo(props: { report: Report; onUse: (text: string) => void; busy: boolean }) {
  const { suggestions, descriptionPath } = props.report;
  const current = currentDescription(props.report);
  return (
    <section aria-labelledby="seo-h">
      <h2 id="seo-h">SEO description</h2>
      <p class="hint">
        Written to <code>{descriptionPath}</code>. Aim for {IDEAL_MIN}–{IDEAL_MAX} characters and under {DESCRIPTION_MAX_PX} px.
      </p>
      {suggestions.length === 0 && <p>No suggestions: the post body has no sentences to build a description from yet.</p>}
      <ol class="suggestions">
        {suggestions.map((s, i) => (
          <li key={s.text} class={isCurrent(s, current) ? 'suggestion current' : 'suggestion'} data-suggestion={i} aria-current={isCurrent(s, current) ? 'true' : undefined}>
            {isCurrent(s, current) && <p class="current-marker">Current description</p>}
            <p class="suggestion-text">{s.text}</p>
            <div class="meters">
              <label>
                {s.length} characters
                <meter min={0} max={IDEAL_MAX * 1.5} low={IDEAL_MIN} high={IDEAL_MAX} optimum={(IDEAL_MIN + IDEAL_MAX) / 2} value={s.length} />
              </label>
              <label>
                {Math.round(s.pixels)} px
                <meter min={0} max={DESCRIPTION_MAX_PX * 1.5} low={DESCRIPTION_MAX_PX * 0.6} high={DESCRIPTION_MAX_PX} optimum={DESCRIPTION_MAX_PX * 0.8} value={s.pixels} />
              </label>
            </div>
            <details class="score-parts">
              <summary>
                Why rank {i + 1}: score {s.score.total.toFixed(2)}
                {s.how.length > 0 && ` · ${s.how.join(', ')}`}
              </summary>
              <table>
                <tbody>
                  {scoreParts(s.score).map((p) => (
                    <tr key={p.part} data-part={p.part}>
                      <th scope="row">{p.label}</th>
                      <td>{p.value.toFixed(2)}</td>
                      <td>+{p.share.toFixed(3)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
            <button type="button" data-action="apply-description" disabled={props.busy || isCurrent(s, current)} onClick={() => props.onUse(s.text)} aria-label={`Use this suggestion (${i + 1}) as the description`}>
              {isCurrent(s, current) ? 'In use' : 'Use this'}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
