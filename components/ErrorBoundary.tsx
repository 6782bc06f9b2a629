import { Component, type ErrorInfo, type ReactNode } from 'react';
import { AlertOctagonIcon } from './icons';

/**
 * Last line of defence: a rendering error shows a designed message instead of an empty popup.
 * It sits outside the I18nProvider (the provider itself may be what failed), so its words come
 * from the browser's own i18n.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; message: () => { title: string; text: string; reload: string } }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Seller SOS: this page failed to render:', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const { title, text, reload } = this.props.message();
    return (
      <div className="empty-state" role="alert">
        <span className="empty-state__icon empty-state__icon--danger">
          <AlertOctagonIcon size={22} />
        </span>
        <p className="empty-state__title">{title}</p>
        <p className="empty-state__text">{text}</p>
        <button type="button" className="button" onClick={() => location.reload()}>
          {reload}
        </button>
      </div>
    );
  }
}
