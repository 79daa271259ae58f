/**
 * A translated sentence with one code fragment in it: the catalog message takes `CODE` as the
 * placeholder's value (translators move the fragment, not the markup), and `withCode` renders
 * what stands there as <code>.
 */
export const CODE = '\u0000';

export function withCode(text: string, code: string) {
  const [before, after = ''] = text.split(CODE);
  return (
    <>
      {before}
      <code>{code}</code>
      {after}
    </>
  );
}
