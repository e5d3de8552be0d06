import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A lazy chunk (the ICS writer, the presenter's notes) is transformed on first import: on a loaded
// two-core machine that takes longer than waitFor's 1 s default. A condition never met still fails.
configure({ asyncUtilTimeout: 5_000 });

afterEach(cleanup);
