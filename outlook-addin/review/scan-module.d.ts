/** Resolved by scripts/build-addin.ts to outlook-addin/scan/mount.ts(x), or to `undefined` when there is none. */
declare module 'virtual:mailguard-scan' {
  export const mountScan: import('./scan-slot').ScanMount | undefined;
}
