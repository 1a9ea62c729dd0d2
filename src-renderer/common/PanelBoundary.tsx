import { Component, type ErrorInfo, type ReactNode } from 'react';
import { PanelCrash } from './PanelCrash';

interface Props {
  children: ReactNode;
  /** When any of these change (another claim, another document) a crashed panel tries again. */
  resetKeys?: readonly unknown[];
}

interface State { error: unknown; keys: readonly unknown[] | undefined }

/** One per panel: a bug in the viewer must not blank the fields, the header or the worklist. */
export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null, keys: this.props.resetKeys };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    const changed = props.resetKeys?.length !== state.keys?.length || (props.resetKeys ?? []).some((k, i) => !Object.is(k, state.keys?.[i]));
    return changed ? { error: null, keys: props.resetKeys } : null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('ClaimDesk panel crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error !== null) return <PanelCrash error={this.state.error} onReset={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
