import { useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, type Settings } from '../settings';

/** The seller's settings, kept current while the page is open; undefined until first read. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    const controller = new AbortController();
    let changed = false;
    onSettingsChanged((next) => {
      changed = true;
      setSettings(next);
    }, controller.signal);
    loadSettings().then(
      (loaded) => {
        // A change that arrived while reading is newer than what was read.
        if (!controller.signal.aborted && !changed) setSettings(loaded);
      },
      (error: unknown) => {
        console.warn('Seller SOS: could not read the settings, using the defaults:', error);
        if (!controller.signal.aborted && !changed) setSettings({ ...DEFAULT_SETTINGS });
      },
    );
    return () => controller.abort();
  }, []);
  return settings;
}
