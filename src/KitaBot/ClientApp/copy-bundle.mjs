// Copies the prebuilt Web Chat bundle from node_modules into wwwroot/lib, which is git-ignored.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const source = join(here, 'node_modules', 'botframework-webchat');
const target = join(here, '..', 'wwwroot', 'lib');

mkdirSync(target, { recursive: true });
copyFileSync(join(source, 'dist', 'webchat.js'), join(target, 'webchat.js'));
console.log(`Web Chat bundle copied to ${target}`);
