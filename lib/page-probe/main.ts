export function startPageProbe(): void {}
