import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { confirmEdit, revertEdit, saveEdit } from '@/lib/capture/evidence';
import { thumbnailOf } from '@/lib/capture/image';
import { applyRegions, mosaicBlock, regionBetween, type Region, type RegionMode } from '@/lib/capture/regions';
import { database } from '@/lib/db';
import { useT } from '../I18nProvider';

/**
 * Hide parts of a capture's screenshot before it goes into a report: drag over the picture to
 * mark an area, choose "Blur" (a coarse mosaic) or "Box" (solid), remove areas from the list,
 * then save. Saving writes the edited picture (and a new thumbnail) to the capture and keeps the
 * original beside it until the seller confirms — or goes back to it (lib/capture/evidence.ts).
 *
 *   <RegionEditor captureId={capture.id} onClose={() => setEditing(null)} />
 *
 * Self-contained: reads and writes the capture through Dexie, draws on a canvas at the picture's
 * own resolution (scaled to the panel's width by CSS).
 */
export function RegionEditor({ captureId, onClose }: { captureId: number; onClose?: () => void }) {
  const { t } = useT();
  const capture = useLiveQuery(() => database().captures.get(captureId), [captureId]);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [bitmap, setBitmap] = useState<ImageBitmap | null>(null);
  const [regions, setRegions] = useState<Region[]>([]);
  const [mode, setMode] = useState<RegionMode>('blur');
  const [drag, setDrag] = useState<{ from: { x: number; y: number }; to: { x: number; y: number } } | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const screenshot = capture?.screenshot ?? null;

  useEffect(() => {
    if (!screenshot) return;
    let current = true;
    let loaded: ImageBitmap | null = null;
    createImageBitmap(screenshot).then(
      (image) => {
        loaded = image;
        if (current) setBitmap(image);
        else image.close();
      },
      (error: unknown) => current && setFailure(String(error)),
    );
    return () => {
      current = false;
      loaded?.close();
    };
  }, [screenshot]);

  // Draw: the picture, the areas hidden as they will be, the area being dragged outlined.
  const draft = drag && bitmap ? regionBetween(drag.from, drag.to, bitmap, mode) : null;
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context || !bitmap) return;
    context.drawImage(bitmap, 0, 0);
    const block = mosaicBlock(bitmap.width);
    for (const region of regions) {
      const part = context.getImageData(region.x, region.y, region.width, region.height);
      applyRegions(part, [{ ...region, x: 0, y: 0 }], block);
      context.putImageData(part, region.x, region.y);
    }
    if (draft) {
      context.save();
      context.lineWidth = Math.max(2, bitmap.width / 400);
      context.setLineDash([8, 6]);
      context.strokeStyle = '#c62828';
      context.strokeRect(draft.x, draft.y, draft.width, draft.height);
      context.restore();
    }
  }, [bitmap, regions, draft]);

  if (capture === undefined) return <p className="loading">{t('captureEditorLoading')}</p>;
  if (!capture || !capture.screenshot) return <p className="field__hint">{t('captureEditorNoScreenshot')}</p>;

  const pointAt = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return { x: ((event.clientX - box.left) * event.currentTarget.width) / box.width, y: ((event.clientY - box.top) * event.currentTarget.height) / box.height };
  };
  const onPointerDown = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    const point = pointAt(event);
    setDrag({ from: point, to: point });
  };
  const onPointerMove = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    if (drag) setDrag({ ...drag, to: pointAt(event) });
  };
  const onPointerUp = () => {
    if (draft) setRegions((current) => [...current, draft]);
    setDrag(null);
  };

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    run(async () => {
      if (!bitmap) return;
      // The full-resolution picture, hidden areas applied, as a new PNG and thumbnail.
      const full = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = full.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height);
      applyRegions(pixels, regions);
      context.putImageData(pixels, 0, 0);
      const edited = await full.convertToBlob({ type: 'image/png' });
      await saveEdit(database(), captureId, edited, await thumbnailOf(full));
      setRegions([]);
    });

  const revert = () =>
    run(async () => {
      const original = capture.originalScreenshot;
      if (!original) return;
      const image = await createImageBitmap(original);
      try {
        await revertEdit(database(), captureId, await thumbnailOf(image));
      } finally {
        image.close();
      }
    });

  return (
    <section className="region-editor" aria-label={t('captureEditorTitle')} data-capture-editor={captureId}>
      <p className="field__hint">{t('captureEditorHint')}</p>
      <div className="region-editor__modes" role="group" aria-label={t('captureEditorTitle')} style={{ display: 'flex', gap: 6, margin: '6px 0' }}>
        {(['blur', 'box'] as const).map((choice) => (
          <button key={choice} type="button" className={`button ${mode === choice ? 'button--primary' : ''}`} aria-pressed={mode === choice} onClick={() => setMode(choice)}>
            {t(choice === 'blur' ? 'captureEditorBlur' : 'captureEditorBox')}
          </button>
        ))}
      </div>
      <canvas
        ref={canvas}
        width={bitmap?.width ?? capture.width}
        height={bitmap?.height ?? capture.height}
        role="img"
        aria-label={t('captureEditorCanvasLabel')}
        style={{ width: '100%', height: 'auto', cursor: 'crosshair', touchAction: 'none', border: '1px solid var(--border, #d0d7de)', borderRadius: 6 }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDrag(null)}
      />
      {regions.length > 0 ? (
        <ol className="region-editor__regions" style={{ margin: '6px 0', paddingLeft: 20 }}>
          {regions.map((region, index) => (
            <li key={`${region.x}-${region.y}-${index}`}>
              {t('captureEditorRegion', index + 1)} · {t(region.mode === 'blur' ? 'captureEditorBlur' : 'captureEditorBox')}{' '}
              <button type="button" className="button button--quiet" onClick={() => setRegions((current) => current.filter((_, position) => position !== index))}>
                {t('captureEditorRemove')}
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, marginTop: 6 }}>
        <button type="button" className="button button--primary" disabled={busy || regions.length === 0 || !bitmap} onClick={() => void save()}>
          {t('captureEditorSave')}
        </button>
        {onClose ? (
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('overlayClose')}
          </button>
        ) : null}
      </div>
      {capture.originalScreenshot ? (
        <div className="notice notice--info" role="status" style={{ marginTop: 8 }}>
          <div className="notice__body">
            <span>{t('captureEditorSaved')}</span>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
              <button type="button" className="button" disabled={busy} onClick={() => void run(() => confirmEdit(database(), captureId))}>
                {t('captureEditorConfirm')}
              </button>
              <button type="button" className="button button--quiet" disabled={busy} onClick={() => void revert()}>
                {t('captureEditorRevert')}
              </button>
            </div>
          </div>
        </div>
      ) : null}
      {failure ? (
        <p className="field__error" role="alert">
          {t('captureEditorFailed', failure)}
        </p>
      ) : null}
    </section>
  );
}
