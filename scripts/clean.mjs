// Removes earlier builds, so stale hashed chunks never reach the size check or the demo.
import { rmSync } from 'node:fs';

for (const name of ['core', 'elements', 'embed', 'react']) rmSync(`packages/${name}/dist`, { recursive: true, force: true });
