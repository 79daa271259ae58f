import { tr } from '../../platform/locale';

export interface SectionLink {
  /** The section heading's id (the section is found from it). */
  target: string;
  label: string;
  count?: number;
  /** What the count counts, for screen readers ("findings"). */
  unit?: string;
}

/**
 * One click to each section, from a bar that stays at the top with the header. A plain link
 * (so it works without script and reads as navigation), which also moves the keyboard focus to
 * the section's heading, so Tab continues from there.
 */
export function SectionBar({ links }: { links: SectionLink[] }) {
  const go = (event: MouseEvent, target: string) => {
    const heading = document.getElementById(target);
    if (!heading) return;
    event.preventDefault();
    heading.setAttribute('tabindex', '-1');
    // Right under the sticky header, whatever height it wrapped to.
    const below = (event.currentTarget as HTMLElement).closest('header')?.getBoundingClientRect().bottom ?? 0;
    window.scrollTo({ top: window.scrollY + heading.getBoundingClientRect().top - below - 8 });
    heading.focus({ preventScroll: true });
  };
  return (
    <nav class="sections" aria-label={tr('sections')}>
      <ul>
        {links.map((l) => (
          <li key={l.target}>
            <a href={`#${l.target}`} data-section={l.target} onClick={(e) => go(e, l.target)}>
              {l.label}
              {l.count !== undefined && (
                <span class="count">
                  {' '}
                  {l.count}
                  <span class="visually-hidden"> {l.unit}</span>
                </span>
              )}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
