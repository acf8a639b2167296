import { HEADER_BAR } from "./header-fit";

/**
 * The header's place while its HTML is still on the way. React's server renderer streams a
 * finished region after the rest once the page's HTML before it passes 12.8 KB (React 19.2's
 * progressiveChunkSize), and the chat header is past that: without this, the first paint had no
 * header and the whole page moved down 53 px when it arrived (a layout shift of 0.03 on a
 * desktop, 0.06 on a phone). Same bar, same height, nothing in it.
 */
export function HeaderSpace() {
  return (
    <div aria-hidden="true" data-testid="header-space" className={HEADER_BAR}>
      <div className="h-9" />
    </div>
  );
}
