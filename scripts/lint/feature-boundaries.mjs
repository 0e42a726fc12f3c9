// An ESLint rule that keeps the folders of src/ in layers: each folder has a rank (its place in the
// `layers` list of eslint.config.js), and a file may import only from its own folder or from a folder
// of a lower rank. An import that goes up or sideways (the start of a cycle) is an error; there is no
// list of exceptions. Packages are an allow-list per folder. A test file follows the same ranks and
// may also use the test runner and `test-support/` (itself a ranked folder).
// ESLint's own no-restricted-imports is a deny-list of patterns relative to each file, which cannot
// say "extract/ imports nothing outside itself" for files at every depth; this rule resolves each
// import (static, dynamic, `typeof import()`, and a worker or asset `new URL('…', import.meta.url)`)
// against the importing file's folder first.
import path from 'node:path';

/**
 * @typedef {{ packages: string[], testPackages?: string[] }} Zone
 * packages: npm packages (by name, `node:*` for Node's own modules) the folder may import; testPackages:
 * those its tests may import besides.
 */

/** Whether an import specifier names an npm package (or Node module) rather than a file. */
const isBare = (spec) => !spec.startsWith('.') && !spec.startsWith('/');

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`; `node:fs` → `node:*`. */
function packageName(spec) {
  if (spec.startsWith('node:')) return 'node:*';
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const isTestFile = (file) => /\.test\.tsx?$/.test(file);

/** `new URL('./x.ts', import.meta.url)`: a worker, or a file the bundler copies, is a dependency too. */
const isUrlOfModule = (node) =>
  node.callee.type === 'Identifier' &&
  node.callee.name === 'URL' &&
  node.arguments.length === 2 &&
  node.arguments[0].type === 'Literal' &&
  typeof node.arguments[0].value === 'string' &&
  node.arguments[1].type === 'MemberExpression' &&
  node.arguments[1].object.type === 'MetaProperty' &&
  node.arguments[1].property.name === 'url';

/** @type {import('eslint').Rule.RuleModule} */
export const featureBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder of src/ imports only from folders of a lower rank, and the packages its zone allows.' },
    schema: [{ type: 'object', additionalProperties: true }],
    messages: {
      feature:
        '{{from}}/ (rank {{fromRank}}) may not import {{to}}/ (rank {{toRank}}): a folder imports only from folders listed before it in the layers of eslint.config.js.',
      unknown: '{{from}}/ is in no layer: add it to the layers in eslint.config.js.',
      package:
        "{{from}}/ may not import the package '{{name}}' (allowed: {{allowed}}). Change the allow-list in eslint.config.js if this is meant.",
    },
  },
  create(context) {
    const { srcDir, layers, testing } = context.options[0];
    const rank = new Map(layers.map(([name], i) => [name, i + 1]));
    const zones = new Map(layers);
    const file = context.filename;
    const relative = path.relative(srcDir, file);
    if (relative.startsWith('..') || !relative.includes(path.sep)) return {};
    const feature = relative.split(path.sep)[0];
    const zone = zones.get(feature);
    const test = isTestFile(file);

    function check(node, spec) {
      if (typeof spec !== 'string') return;
      if (!zone) {
        context.report({ node, messageId: 'unknown', data: { from: feature } });
        return;
      }
      if (isBare(spec)) {
        const name = packageName(spec);
        const allowed = [...zone.packages, ...(test ? [...(zone.testPackages ?? []), ...testing.packages] : [])];
        if (!allowed.includes(name))
          context.report({ node, messageId: 'package', data: { from: feature, name, allowed: allowed.join(', ') || 'none' } });
        return;
      }
      const target = path.relative(srcDir, path.resolve(path.dirname(file), spec.split('?')[0]));
      if (target.startsWith('..')) return; // outside src/ (e.g. a test reading ../shared, a built file): not a layer
      const to = target.split(path.sep)[0];
      if (to === feature || !target.includes(path.sep)) return;
      if (test && testing.features.includes(to)) return;
      const from = rank.get(feature);
      const toRank = rank.get(to);
      if (toRank === undefined || toRank >= from)
        context.report({ node, messageId: 'feature', data: { from: feature, fromRank: from, to, toRank: toRank ?? 'none' } });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      // `typeof import('pdfjs-dist/...')` in a type counts too: it is still a dependency of the code.
      // (typescript-eslint 8 names its string `source`; older versions `argument`, a TSLiteralType.)
      TSImportType: (node) =>
        node.source ? check(node, node.source.value) : node.argument?.type === 'TSLiteralType' && check(node, node.argument.literal.value),
      NewExpression: (node) => isUrlOfModule(node) && check(node, node.arguments[0].value),
    };
  },
};

export default { rules: { 'feature-boundaries': featureBoundaries } };
