import { describe, expect, it } from 'vitest';
import { readErrorBody } from '../../lib/page-probe/main';

describe('readErrorBody', () => {
  it('reads each platform\'s error body', () => {
    expect(readErrorBody('{"code":8,"message":"You have reached request rate limit per second"}')).toEqual({ code: '8', message: 'You have reached request rate limit per second' });
    expect(readErrorBody('{"errors":[{"code":"QuotaExceeded","message":"You exceeded your quota for the requested resource."}]}')).toEqual({ code: 'QuotaExceeded', message: 'You exceeded your quota for the requested resource.' });
    expect(readErrorBody('{"error":"error_auth","message":"Invalid token","request_id":"abc"}')).toEqual({ code: 'error_auth', message: 'Invalid token' });
  });

  it('ignores bodies that are not JSON, too big or without a code', () => {
    expect(readErrorBody('<html>502 Bad Gateway</html>')).toEqual({});
    expect(readErrorBody(`{"message":"${'x'.repeat(70_000)}"}`)).toEqual({});
    expect(readErrorBody('{"broken"')).toEqual({});
    expect(readErrorBody(undefined)).toEqual({});
  });
});
