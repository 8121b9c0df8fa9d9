import type { PathSegment } from '../../core/finding';
import { defineRule, _PASS, type RuleHit } from '../defineRule';
import { _CONTRIBUTION_MIN_WORDS, _hasText, _wordsAtLeast } from '../../core/_text';
import { _HALTON_GRID } from './_sources';

type Params = { contributor: string; minWords: number };

/** A comment with text but fewer words than the minimum. */
function brief(text: string | undefined): boolean {
  return _hasText(text) && !_wordsAtLeast(text, _CONTRIBUTION_MIN_WORDS);
}

/** The hits with one more (the list made on the first). */
function hit(hits: RuleHit<Params>[] | null, path: PathSegment[], contributor: string): RuleHit<Params>[] {
  const out = hits ?? [];
  out.push({ path, params: { contributor, minWords: _CONTRIBUTION_MIN_WORDS } });
  return out;
}

/**
 * Each contributor's comment has some detail (at least 5 words).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-CONTRIBUTION-BRIEF')?.severity;
 * //=> 'info'
 */
export const contributionBrief = defineRule<Params>({
  code: 'PEP-CONTRIBUTION-BRIEF',
  severity: 'info',
  appliesTo: {},
  qa: { criterion: 'contributors', element: 'detail' },
  description: `A contributor's comment is lacking detail (fewer than ${_CONTRIBUTION_MIN_WORDS} words).`,
  source: `${_HALTON_GRID}: contributor comments (Amber: some contributor comments are missing or lacking detail)`,
  message: (p) => `The ${p.contributor} comment is lacking detail (fewer than ${p.minWords} words).`,
  check: (pep) => {
    // No closure per PEP; the path and the list are built only for a brief contribution (most are long enough).
    let hits: RuleHit<Params>[] | null = null;
    const views = pep.views;
    if (brief(views.carer?.text)) hits = hit(hits, ['views', 'carer', 'text'], 'carer');
    if (brief(views.socialWorker?.text)) hits = hit(hits, ['views', 'socialWorker', 'text'], 'social worker');
    if (brief(views.designatedTeacher?.text)) hits = hit(hits, ['views', 'designatedTeacher', 'text'], 'designated teacher');
    const others = views.others;
    if (others !== undefined) for (let i = 0; i < others.length; i++) if (brief(others[i]!.text)) hits = hit(hits, ['views', 'others', i, 'text'], 'other contributor');
    return hits ?? _PASS;
  },
});
