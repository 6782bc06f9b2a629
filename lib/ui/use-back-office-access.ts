import { useCallback, useEffect, useState } from 'react';
import { hasBackOfficeAccess, onBackOfficeAccessChanged, requestBackOfficeAccess } from '../permissions';

/** 'declined': the seller was asked just now and said no (or the browser refused to ask). */
export type AccessState = 'checking' | 'granted' | 'missing' | 'declined';

/** Host-permission state, kept current; `request` must be called from a click handler. */
export function useBackOfficeAccess(): { access: AccessState; requesting: boolean; request: () => void } {
  const [access, setAccess] = useState<AccessState>('checking');
  const [requesting, setRequesting] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    onBackOfficeAccessChanged((granted) => setAccess(granted ? 'granted' : 'missing'), controller.signal);
    void hasBackOfficeAccess().then((granted) => {
      if (!controller.signal.aborted) setAccess(granted ? 'granted' : 'missing');
    });
    return () => controller.abort();
  }, []);

  const request = useCallback(() => {
    // First statement of the click: the browser still counts it as the seller's gesture.
    const asked = requestBackOfficeAccess();
    setRequesting(true);
    void asked
      .then(
        (granted) => setAccess(granted ? 'granted' : 'declined'),
        (error: unknown) => {
          console.warn('Seller SOS: the permission request failed:', error);
          setAccess('declined');
        },
      )
      .finally(() => setRequesting(false));
  }, []);

  return { access, requesting, request };
}
