import { tr } from '../../platform/locale';

/**
 * Shown once the editor this panel was paired with is gone (the user left the entry, opened
 * another one, or closed the page): nothing of the previous post stays on screen.
 */
export function NoEditor() {
  return (
    <>
      <header class="bar">
        <h1>{tr('panelTitle')}</h1>
      </header>
      <main>
        <p class="loading">{tr('noEditor')}</p>
      </main>
    </>
  );
}
