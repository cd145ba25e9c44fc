// A browser test drives several pages through the real app; the default 5 s per test is too short.
jest.setTimeout(120_000);
