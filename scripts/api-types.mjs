// `npm run api:types`: writes the web app's API types (packages/web/src/api/schema.gen.ts) and the error-code table
// of docs/api-contract.md from the server's OpenAPI document. Runs under tsx, which loads the server's TypeScript.
import { readFileSync, writeFileSync } from 'node:fs';
import { CONTRACT_FILE, SCHEMA_FILE, generateApiTypes, withCatalogue } from '../packages/server/test/api-contract.ts';

writeFileSync(SCHEMA_FILE, await generateApiTypes());
writeFileSync(CONTRACT_FILE, withCatalogue(readFileSync(CONTRACT_FILE, 'utf8')));
console.log(`wrote ${SCHEMA_FILE} and the error codes of ${CONTRACT_FILE}`);
