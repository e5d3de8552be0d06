import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Shown in place of the feature when it throws; the rest of the page keeps working. */
  fallback: (retry: () => void) => ReactNode;
  children: ReactNode;
}

export class FeatureBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('A feature failed and was replaced by its fallback:', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? this.props.fallback(() => this.setState({ failed: false })) : this.props.children;
  }
}
