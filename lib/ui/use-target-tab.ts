import { useEffect, useState } from 'react';
import { isToolbarPopup, resolveTargetTab, type TargetTab } from './target-tab';

/** The tab the popup reports on: undefined while looking, null when there is none. */
export function useTargetTab(): { target: TargetTab | null | undefined; inPopup: boolean } {
  const [target, setTarget] = useState<TargetTab | null | undefined>(undefined);
  const [inPopup, setInPopup] = useState(false);
  useEffect(() => {
    let current = true;
    resolveTargetTab().then(
      (found) => {
        if (current) setTarget(found);
      },
      (error: unknown) => {
        console.warn('Seller SOS: could not find the current tab:', error);
        if (current) setTarget(null);
      },
    );
    void isToolbarPopup().then((popup) => {
      if (current) setInPopup(popup);
    });
    return () => {
      current = false;
    };
  }, []);
  return { target, inPopup };
}
