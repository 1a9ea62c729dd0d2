/**
 * A tag for grid cells: a plain span coloured by CSS (styles.css, `.cd-tag-*`). antd's Tag costs a
 * style-hook per instance, which shows when 30 rows mount at once while scrolling 100,000 claims.
 */
export function GridTag({ colour, solid, children }: { colour: string; solid?: boolean; children: string }) {
  return <span className={`cd-tag cd-tag-${colour}${solid ? ' cd-tag-solid' : ''}`}>{children}</span>;
}
