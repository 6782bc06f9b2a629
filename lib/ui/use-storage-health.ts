import { useEffect, useState } from 'react';
import { onStorageHealthChanged, readStorageHealth, type StorageHealth } from '../storage-health';

/** Whether the database is refusing writes for lack of space, kept current while the page is open. */
export function useStorageHealth(): StorageHealth | null {
  const [health, setHealth] = useState<StorageHealth | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    let changed = false;
    onStorageHealthChanged((next) => {
      changed = true;
      setHealth(next);
    }, controller.signal);
    readStorageHealth().then(
      (read) => {
        if (!controller.signal.aborted && !changed) setHealth(read);
      },
      () => undefined,
    );
    return () => controller.abort();
  }, []);
  return health;
}
