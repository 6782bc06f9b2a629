import type { ContentScriptContext } from 'wxt/utils/content-script-context';
export function startContentScript(_ctx: ContentScriptContext): void {}
