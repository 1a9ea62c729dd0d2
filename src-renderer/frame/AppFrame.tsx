import { useState, type ReactNode } from 'react';
import { ShortcutHelp } from './ShortcutHelp';
import { SideRail } from './SideRail';
import { StatusBar } from './StatusBar';
import { TopBar } from './TopBar';
import { useGlobalKeys } from './useGlobalKeys';
import { useNextClaim } from './useNextClaim';

/** Top bar, left rail, the page, status bar: the same frame around every screen, and the keys that work on all. */
export function AppFrame({ active, claimId, children }: { active: string; claimId: string | null; children: ReactNode }) {
  const [help, setHelp] = useState(false);
  const nextClaim = useNextClaim();
  useGlobalKeys({ help: () => setHelp((open) => !open), nextClaim: () => nextClaim(claimId) });
  return (
    <div className="cd-frame">
      {help && <ShortcutHelp onClose={() => setHelp(false)} />}
      <TopBar />
      <div className="cd-body">
        <SideRail active={active} />
        <main className="cd-main">{children}</main>
      </div>
      <StatusBar />
    </div>
  );
}
