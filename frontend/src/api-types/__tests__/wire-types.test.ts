import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The wire types are written by hand (they carry the comments the web app needs); this test keeps them true
 * to the API. `openapi.json` is the API's own OpenAPI document, kept true by the backend's
 * OpenApiDocumentTest. Each exported type here must name a schema of that document (same name, or as
 * mapped below), have the same fields, and each field the same kind of JSON value.
 */

const DIR = join(__dirname, '..') + '/';

// The web app's name for a schema the backend names otherwise (`file#Name` where two files use the name).
const SCHEMA_OF: Partial<Record<string, string>> = {
  BravoState: 'BravoStatus',
  Category: 'CategoryView',
  CategoryRef: 'CategoryView',
  ChangeStatusRequest: 'StatusChangeRequest',
  CompleteVideoUploadRequest: 'Complete',
  EntryRequest: 'CreateEntryRequest',
  ExchangePairing: 'Pairing',
  Photo: 'PhotoView',
  StartVideoUploadRequest: 'Start',
  SuspendRequest: 'SuspensionRequest',
  'admin.ts#Suspension': 'SuspensionView',
  VideoCaption: 'Caption',
};

// Types of the web app that are not a JSON body of their own.
const NOT_A_BODY = new Set<string>([
  // Query parameters.
  'FeedQuery',
  'SearchQuery',
  // Where a comment or a report points, sent in the path or as two fields of the request.
  'CommentTarget',
  'ContentRef',
  // The `data` of a notification, a free map in the API whose keys depend on its `type`.
  'AccountSuspendedData',
  'ContentChangedByStaffData',
  'ContentModeratedData',
  'ModerationWarningData',
  'ShopRequestDecidedData',
]);

/**
 * Where the web app may know fewer fields than the API has: a request sends only what the web app
 * sets (the others are optional), and a post shows its category by name without its position.
 */
function mayOmitFields(typeName: string): boolean {
  return typeName.endsWith('Request') || typeName === 'CategoryRef';
}

interface Schema {
  type?: string;
  $ref?: string;
  items?: Schema;
  properties?: Partial<Record<string, Schema>>;
  enum?: unknown[];
  allOf?: Schema[];
  oneOf?: Schema[];
  additionalProperties?: Schema | boolean;
}

const document = JSON.parse(readFileSync(join(DIR, 'openapi.json'), 'utf8')) as {
  components: { schemas: Partial<Record<string, Schema>> };
};
const schemas = document.components.schemas;

function resolve(schema: Schema): Schema {
  if (schema.$ref) {
    const target = schemas[schema.$ref.replace('#/components/schemas/', '')];
    return target ? resolve(target) : schema;
  }
  if (schema.allOf?.length === 1 && schema.allOf[0]) return resolve(schema.allOf[0]);
  return schema;
}

type Kind = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'unknown';

function schemaKind(schema: Schema): Kind {
  const resolved = resolve(schema);
  switch (resolved.type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'array';
    case 'object':
      return 'object';
    default:
      return resolved.properties ? 'object' : 'unknown';
  }
}

const files = readdirSync(DIR)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => join(DIR, name));
const program = ts.createProgram(files, {
  strict: true,
  exactOptionalPropertyTypes: true,
  noEmit: true,
  baseUrl: join(DIR, '..', '..'),
  paths: { '@/*': ['./src/*'] },
});
const checker = program.getTypeChecker();

function typeKind(type: ts.Type): Kind {
  // `null` and `undefined` say whether a field may be empty, which the document does not tell.
  const parts = (type.isUnion() ? type.types : [type]).filter(
    (part) => !(part.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)),
  );
  const kinds = new Set(
    parts.map((part): Kind => {
      if (part.flags & ts.TypeFlags.StringLike) return 'string';
      if (part.flags & ts.TypeFlags.NumberLike) return 'number';
      if (part.flags & ts.TypeFlags.BooleanLike) return 'boolean';
      if (checker.isArrayType(part) || checker.isTupleType(part)) return 'array';
      if (part.flags & ts.TypeFlags.Object) return 'object';
      return 'unknown';
    }),
  );
  return kinds.size === 1 ? (kinds.values().next().value ?? 'unknown') : 'unknown';
}

interface WireType {
  name: string;
  file: string;
  fields: Map<string, Kind>;
}

function wireTypes(): WireType[] {
  const found: WireType[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) continue;
    for (const symbol of checker.getExportsOfModule(module)) {
      const declaration = symbol.declarations?.[0];
      if (!declaration) continue;
      if (!ts.isInterfaceDeclaration(declaration) && !ts.isTypeAliasDeclaration(declaration))
        continue;
      const type = checker.getDeclaredTypeOfSymbol(symbol);
      // Unions of literals (`PostKind`) are values of fields, not bodies.
      if (!(type.flags & ts.TypeFlags.Object) || type.isUnion()) continue;
      const fields = new Map<string, Kind>();
      for (const property of checker.getPropertiesOfType(type)) {
        fields.set(
          property.name,
          typeKind(checker.getTypeOfSymbolAtLocation(property, declaration)),
        );
      }
      found.push({ name: symbol.name, file: file.slice(DIR.length), fields });
    }
  }
  return found;
}

describe('the web app’s wire types', () => {
  const types = wireTypes();

  it('finds the types and the document', () => {
    expect(types.length).toBeGreaterThan(40);
    expect(Object.keys(schemas).length).toBeGreaterThan(40);
  });

  it('match the API’s schemas field by field', () => {
    const problems: string[] = [];
    for (const type of types) {
      if (NOT_A_BODY.has(type.name)) continue;
      const schemaName =
        SCHEMA_OF[`${type.file}#${type.name}`] ?? SCHEMA_OF[type.name] ?? type.name;
      const schema = schemas[schemaName];
      if (!schema) {
        problems.push(`${type.file}: ${type.name} has no schema ${schemaName} in the API`);
        continue;
      }
      const properties = resolve(schema).properties ?? {};
      for (const [field, kind] of type.fields) {
        const property = properties[field];
        if (!property) {
          problems.push(`${type.file}: ${type.name}.${field} is not in the API's ${schemaName}`);
          continue;
        }
        const expected = schemaKind(property);
        if (kind !== expected && kind !== 'unknown' && expected !== 'unknown') {
          problems.push(
            `${type.file}: ${type.name}.${field} is ${kind}, the API sends ${expected}`,
          );
        }
      }
      for (const field of Object.keys(properties)) {
        if (!type.fields.has(field) && !mayOmitFields(type.name)) {
          problems.push(
            `${type.file}: ${type.name} lacks ${field}, which the API's ${schemaName} has`,
          );
        }
      }
    }
    expect(problems.join('\n')).toBe('');
  });
});
