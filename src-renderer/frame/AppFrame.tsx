import type { ReactNode } from 'react';
import { SideRail } from './SideRail';
import { StatusBar } from './StatusBar';
import { TopBar } from './TopBar';

/** Top bar, left rail, the page, status bar: the same frame around every screen. */
export function AppFrame({ active, children }: { active: string; children: ReactNode }) {
  return (
    <div className="cd-frame">
      <TopBar />
      <div className="cd-body">
        <SideRail active={active} />
        <main className="cd-main">{children}</main>
      </div>
      <StatusBar />
    </div>
  );
}
