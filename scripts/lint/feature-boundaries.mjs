// An ESLint rule that keeps each feature folder of src/ to the imports it is allowed: an allow-list,
// so a new dependency between features is a decision written here, not an accident found in review.
// ESLint's own no-restricted-imports is a deny-list of patterns relative to each file, which cannot
// say "extract/ imports nothing outside itself" for files at every depth; this rule resolves each
// import against the importing file's folder first.
import path from 'node:path';

/**
 * @typedef {{ features: string[], packages: string[] }} Zone
 * features: other folders of src/ this one may import; packages: npm packages (by name, `node:*` for
 * Node's own modules). A test file may also import `testOnly` of its zone and of the shared testing allowance.
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

/** @type {import('eslint').Rule.RuleModule} */
export const featureBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Each feature folder of src/ imports only the folders and packages its zone allows.' },
    schema: [{ type: 'object', additionalProperties: true }],
    messages: {
      feature: '{{from}}/ may not import {{to}}/ (allowed: {{allowed}}). Change the allow-list in eslint.config.js if this is meant.',
      package:
        "{{from}}/ may not import the package '{{name}}' (allowed: {{allowed}}). Change the allow-list in eslint.config.js if this is meant.",
    },
  },
  create(context) {
    const { srcDir, zones, testing } = context.options[0];
    const file = context.filename;
    const relative = path.relative(srcDir, file);
    if (relative.startsWith('..') || !relative.includes(path.sep)) return {};
    const feature = relative.split(path.sep)[0];
    const zone = zones[feature];
    const test = isTestFile(file);

    function check(node, spec) {
      if (typeof spec !== 'string') return;
      if (!zone) {
        context.report({ node, messageId: 'feature', data: { from: feature, to: '(any)', allowed: 'none: add this folder to the zones' } });
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
      if (target.startsWith('..')) return; // outside src/ (e.g. a test reading ../shared): not a feature
      const to = target.split(path.sep)[0];
      if (to === feature || !target.includes(path.sep)) return;
      const allowed = [...zone.features, ...(test ? [...(zone.testFeatures ?? []), ...testing.features] : [])];
      if (!allowed.includes(to))
        context.report({ node, messageId: 'feature', data: { from: feature, to, allowed: allowed.join(', ') || 'none' } });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      // `typeof import('pdfjs-dist/...')` in a type counts too: it is still a dependency of the code.
      TSImportType: (node) => node.argument?.type === 'TSLiteralType' && check(node, node.argument.literal.value),
    };
  },
};

export default { rules: { 'feature-boundaries': featureBoundaries } };
