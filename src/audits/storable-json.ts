/**
 * JSON.stringify writes half of a surrogate pair as a `\udXXX` escape (a whole pair stays raw), and
 * Postgres's jsonb refuses that escape: a report holding one could never be stored, and its audit
 * would fail after its retries. The engine cuts excerpts between whole characters; this is the net
 * under any cut it misses. The test is a plain scan of the text; only a hit (or a backslash the
 * user typed before "ud8..") pays for the second pass.
 */
const SURROGATE_ESCAPE = /\\ud[89a-f][0-9a-f]{2}/i;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const EVERY_LONE_SURROGATE = new RegExp(LONE_SURROGATE.source, 'g');

/** `value` as JSON Postgres accepts, each half of a surrogate pair replaced by U+FFFD; `repaired` says whether any was. */
export function storableJson(value: unknown): { json: string; repaired: boolean } {
  const json = JSON.stringify(value);
  if (!SURROGATE_ESCAPE.test(json)) return { json, repaired: false };
  let repaired = false;
  const fixed = JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item !== 'string' || !LONE_SURROGATE.test(item)) return item;
    repaired = true;
    return item.replace(EVERY_LONE_SURROGATE, '\ufffd');
  });
  return { json: fixed, repaired };
}
