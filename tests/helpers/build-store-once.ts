import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './data-copy';

/** The unit and component tests read the built store: build it from data/ before they run. */
export default function setup() {
  execFileSync(join(projectRoot, 'node_modules/.bin/tsx'), [join(projectRoot, 'scripts/build-store.ts')], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
}
