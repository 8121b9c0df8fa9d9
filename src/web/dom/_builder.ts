/**
 * The policy builder: a form made from the policy schema's fields, filled from the preset the
 * officer starts from, checked on every keystroke by the policy gate (each finding shown under its
 * field, the field marked invalid), and saved as a policy file.
 */
import type { Finding } from '../../core/finding';
import type { Policy } from '../../policy/schema';
import { _checkPolicyForm, _fieldValue, type _PolicyField, type _PolicyFormCheck } from '../_policyForm';
import { _byId, _saveText } from './_dom';

/**
 * The builder's fields, read from the policy JSON Schema (`_policyFields(policyJsonSchema())`) when
 * the page is built and put in by the bundler: the page then carries no JSON Schema generator (whose
 * `$schema` dialect URLs would be the only URLs in the page). Checking is done in the page by
 * `definePolicy`, on the schema the JSON Schema is generated from.
 */
declare const PEP_RULES_POLICY_FIELDS: readonly _PolicyField[];

/** Where the builder gets its starting policies. */
export interface _BuilderSource {
  /** The starting points, by key: the presets, and a loaded policy file when there is one. */
  bases(): ReadonlyMap<string, { readonly label: string; readonly policy: Policy }>;
}

const hintOf = (f: _PolicyField): string =>
  f.kind === 'choice'
    ? `One of: ${f.options.join(', ')}`
    : f.kind === 'integer' || f.kind === 'number'
      ? `A ${f.kind === 'integer' ? 'whole ' : ''}number${f.minimum !== null ? ` from ${f.minimum}` : ''}${f.maximum !== null ? ` to ${f.maximum}` : ''}`
      : '';

/** One field's control. */
function control(f: _PolicyField): HTMLInputElement | HTMLSelectElement {
  if (f.kind === 'choice') {
    const select = document.createElement('select');
    for (const o of f.options) select.append(new Option(o, o));
    return select;
  }
  const input = document.createElement('input');
  input.type = f.kind === 'boolean' ? 'checkbox' : 'text';
  if (f.kind === 'integer' || f.kind === 'number') input.inputMode = f.kind === 'integer' ? 'numeric' : 'decimal';
  return input;
}

/** One field: label, hint, control, and the place its findings are shown. */
function fieldBlock(f: _PolicyField): HTMLDivElement {
  const div = document.createElement('div');
  div.className = f.kind === 'boolean' ? 'field check' : 'field';
  const label = document.createElement('label');
  label.htmlFor = f.id;
  label.textContent = f.label;
  const el = control(f);
  el.id = f.id;
  const error = document.createElement('p');
  error.className = 'field-error';
  error.id = `${f.id}-error`;
  const hint = hintOf(f);
  const described = [`${f.id}-error`];
  if (f.kind === 'boolean') div.append(el, label);
  else div.append(label);
  if (hint !== '') {
    const p = document.createElement('p');
    p.className = 'hint';
    p.id = `${f.id}-hint`;
    p.textContent = hint;
    div.append(p);
    described.unshift(p.id);
  }
  if (f.kind !== 'boolean') div.append(el);
  div.append(error);
  el.setAttribute('aria-describedby', described.join(' '));
  return div;
}

const entryOf = (f: _PolicyField): string | boolean => {
  const el = _byId<HTMLInputElement>(f.id);
  return f.kind === 'boolean' ? el.checked : el.value;
};

const messages = (fs: readonly Finding[]): string => fs.map((f) => f.message).join(' ');

/** Shows a check's findings beside their fields; returns the check. */
function show(fields: readonly _PolicyField[], check: _PolicyFormCheck): _PolicyFormCheck {
  for (const f of fields) {
    const found = check.byField.get(f.id) ?? [];
    _byId(`${f.id}-error`).textContent = messages(found);
    const el = _byId(f.id);
    if (found.length > 0) el.setAttribute('aria-invalid', 'true');
    else el.removeAttribute('aria-invalid');
  }
  _byId('builder-other').textContent = check.other.length > 0 ? `Also: ${messages(check.other)}` : '';
  const problems = check.result.ok ? 0 : check.result.findings.length;
  _byId('builder-state').textContent = problems === 0 ? 'The policy is valid.' : `${problems} problem${problems === 1 ? '' : 's'} to fix before saving.`;
  return check;
}

/**
 * Builds the policy builder into the page and wires it: choosing a starting point fills the form,
 * every change is checked, and "Save" downloads the complete policy as JSON (or moves focus to the
 * first field with a problem).
 * @param source - The starting points.
 * @returns A function that refreshes the list of starting points (after a policy file is loaded).
 * @example
 * const refresh = _startBuilder({ bases: () => presets });
 */
export function _startBuilder(source: _BuilderSource): () => void {
  const fields = PEP_RULES_POLICY_FIELDS;
  const area = _byId('builder-fields');
  area.replaceChildren(...fields.map(fieldBlock));
  const baseSelect = _byId<HTMLSelectElement>('builder-base');
  const base = (): Policy | null => source.bases().get(baseSelect.value)?.policy ?? null;
  const check = (): _PolicyFormCheck | null => {
    const b = base();
    if (b === null) return null;
    const entries = new Map(fields.map((f) => [f.id, entryOf(f)] as const));
    return show(fields, _checkPolicyForm(b, fields, entries, _byId<HTMLInputElement>('changes-source').value));
  };
  const fill = (): void => {
    const b = base();
    if (b === null) return;
    for (const f of fields) {
      const el = _byId<HTMLInputElement>(f.id);
      const v = _fieldValue(b, f);
      if (typeof v === 'boolean') el.checked = v;
      else el.value = v;
    }
    check();
  };
  const refresh = (): void => {
    const chosen = baseSelect.value;
    baseSelect.replaceChildren(...[...source.bases()].map(([key, b]) => new Option(b.label, key)));
    if (chosen !== '' && source.bases().has(chosen)) baseSelect.value = chosen;
    fill();
  };
  baseSelect.addEventListener('change', fill);
  _byId('policy-form').addEventListener('input', (e) => {
    if (e.target !== baseSelect) check();
  });
  _byId('policy-form').addEventListener('submit', (e) => e.preventDefault());
  _byId('save-policy').addEventListener('click', () => save(fields, check()));
  refresh();
  return refresh;
}

/** Saves a valid policy, or sends the officer to the first problem. */
function save(fields: readonly _PolicyField[], check: _PolicyFormCheck | null): void {
  if (check === null) return;
  if (check.result.ok) {
    const policy = check.result.data;
    _saveText(`${JSON.stringify(policy, null, 2)}\n`, 'application/json', `policy-${policy.id.replace(/[^a-z0-9-]+/gi, '-')}.json`);
    _byId('builder-state').textContent = `Saved the policy ${policy.id} as a file.`;
    return;
  }
  const first = fields.find((f) => check.byField.has(f.id));
  (first !== undefined ? _byId(first.id) : _byId('changes-source')).focus();
}
