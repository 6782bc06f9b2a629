/**
 * The overlay's styles, inside its shadow root: the page's CSS cannot reach in, ours cannot leak
 * out. The host is fixed and zero-sized, so nothing in the page moves.
 */
export const OVERLAY_CSS = `
:host { position: fixed !important; inset: 0 auto auto 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483646 !important; overflow: visible !important; }
.root { font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2328; --right: 16px; --bottom: 16px; }
.control { position: fixed; right: var(--right); bottom: var(--bottom); width: 44px; height: 44px; border-radius: 22px; border: 2px solid #fff; display: grid; place-items: center; align-content: center; gap: 0; cursor: grab; box-shadow: 0 4px 14px rgba(0,0,0,.25); color: #fff; padding: 0; font: inherit; touch-action: none; }
.control .sos { font-size: 10px; font-weight: 800; letter-spacing: .04em; line-height: 1; }
.control .count { font-size: 13px; font-weight: 700; line-height: 1.1; }
.control.clear { background: #2e7d32; }
.control.warning { background: #b26a00; }
.control.error { background: #c62828; }
.control:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
.minimised .control { width: 14px; height: 14px; border-width: 1px; }
.minimised .control > * { display: none; }
.capturing .control { visibility: hidden; }
`;

/** The list panel, markers and top bar: injected with them, on demand (./parts.ts). */
export const OVERLAY_PARTS_CSS = `
.panel button:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
.capturing .panel { visibility: hidden; }
.panel { position: fixed; right: var(--right); bottom: calc(var(--bottom) + 54px); width: min(360px, calc(100vw - 32px)); max-height: min(420px, calc(100vh - 96px)); overflow: auto; background: #fff; border: 1px solid #d0d7de; border-radius: 12px; box-shadow: 0 10px 30px rgba(0,0,0,.2); padding: 12px 14px; }
.panel h2 { margin: 0 0 8px; font-size: 14px; font-weight: 700; }
.list { list-style: none; margin: 0 0 10px; padding: 0; display: grid; gap: 6px; }
.list li { display: grid; gap: 2px; padding: 6px 8px; border-radius: 8px; background: #f6f8fa; border-left: 4px solid #b26a00; word-break: break-word; }
.list li.error, .list li.critical { border-left-color: #c62828; }
.list li.empty { border-left-color: #2e7d32; }
.list strong { font-weight: 600; }
.list span { color: #57606a; font-size: 12px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
.actions button { font: inherit; border: 1px solid #d0d7de; background: #fff; border-radius: 8px; padding: 5px 10px; cursor: pointer; }
.actions button.primary { background: #c62828; border-color: #c62828; color: #fff; }
.actions button.quiet { border-color: transparent; color: #57606a; }
.actions button:disabled { opacity: .6; cursor: progress; }
.keep { display: flex; gap: 6px; align-items: center; margin-top: 8px; font-size: 12px; color: #57606a; }
.status { margin: 8px 0 0; font-size: 12px; color: #57606a; }
.status:empty { display: none; }
.markers, .top-bar { pointer-events: none; }
.marker { position: fixed; left: 0; top: 0; box-sizing: border-box; border: 2px solid #b26a00; border-radius: 6px; pointer-events: none; }
.marker.error, .marker.critical { border-color: #c62828; }
.marker.row { border-style: dashed; }
.marker .label { position: absolute; right: -2px; top: -2px; transform: translateY(-100%); background: #c62828; color: #fff; font-size: 11px; font-weight: 600; padding: 1px 6px; border-radius: 4px 4px 0 0; white-space: nowrap; max-width: 60vw; overflow: hidden; text-overflow: ellipsis; }
.marker.warning .label { background: #b26a00; }
.marker.row .label { top: 0; right: 12px; transform: translateY(-50%); border-radius: 4px; }
.top-bar { position: fixed; left: 0; top: 0; width: 100vw; box-sizing: border-box; padding: 2px 12px; background: #c62828; color: #fff; font-size: 12px; font-weight: 600; text-align: center; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; opacity: .92; }
.top-bar:empty { display: none; }
`;
