import { PanelBoundary } from './common/PanelBoundary';
import { AppFrame } from './frame/AppFrame';
import { useRoute } from './routing/useRoute';
import { RulesPage } from './rules/RulesPage';
import { SettingsPage } from './settings/SettingsPage';
import { WorklistPage } from './worklist/WorklistPage';
import { ClaimWorkspace } from './workspace/ClaimWorkspace';

export function App() {
  const route = useRoute();
  return (
    <AppFrame active={route.name === 'rules' || route.name === 'settings' ? route.name : 'worklist'} claimId={route.name === 'claim' ? route.claimId : null}>
      <PanelBoundary>
        <WorklistPage visible={route.name === 'worklist'} />
      </PanelBoundary>
      {route.name === 'rules' && (
        <PanelBoundary>
          <RulesPage />
        </PanelBoundary>
      )}
      {route.name === 'settings' && (
        <PanelBoundary>
          <SettingsPage />
        </PanelBoundary>
      )}
      {route.name === 'claim' && (
        <PanelBoundary resetKeys={[route.claimId]}>
          <ClaimWorkspace key={route.claimId} claimId={route.claimId} />
        </PanelBoundary>
      )}
    </AppFrame>
  );
}
