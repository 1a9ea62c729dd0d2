// In a packaged app the code and node_modules are inside resources/app.asar. Electron's fs and
// require read through the archive, and redirect to what electron-builder.yml's asarUnpack left on
// disk; anything else given an archive path (a worker thread started from an unpacked script, whose
// own requires then resolve on disk) must be given the unpacked copy, at the same relative path under
// app.asar.unpacked. Outside a package there is no app.asar segment and the path is returned as is.

const ARCHIVE_SEGMENT = /([\\/])app\.asar(?=[\\/])/;

export function unpackedPath(file: string): string {
  return file.replace(ARCHIVE_SEGMENT, '$1app.asar.unpacked');
}
