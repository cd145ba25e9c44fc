import * as yauzl from 'yauzl';

type OpenReadStream = (this: yauzl.ZipFile, ...args: unknown[]) => void;

/**
 * Records the name of every ZIP entry whose data is opened, at yauzl's own entry point (every
 * read of an entry's bytes goes through ZipFile#openReadStream), for the privacy tests.
 */
export function recordZipOpens(): { opened: string[]; restore: () => void } {
  const opened: string[] = [];
  const original = yauzl.ZipFile.prototype.openReadStream as unknown as OpenReadStream;
  const spy = jest.spyOn(yauzl.ZipFile.prototype, 'openReadStream').mockImplementation(function (this: yauzl.ZipFile, ...args: unknown[]) {
    opened.push((args[0] as yauzl.Entry).fileName);
    original.apply(this, args);
  } as never);
  return { opened, restore: () => spy.mockRestore() };
}
