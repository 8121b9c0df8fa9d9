import type { PathSegment } from '../../core/finding';
import { defineRule, type RuleHit } from '../defineRule';
import { _CONTRIBUTION_MIN_WORDS, _hasText, _wordsAtLeast } from '../../core/_text';
import { _HALTON_GRID } from './_sources';

type Params = { contributor: string; minWords: number };

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
    const hits: RuleHit<Params>[] = [];
    // The path is built only for a brief contribution (most are long enough).
    const brief = (text: string | undefined): boolean => _hasText(text) && !_wordsAtLeast(text, _CONTRIBUTION_MIN_WORDS);
    const hit = (path: PathSegment[], contributor: string): void => {
      hits.push({ path, params: { contributor, minWords: _CONTRIBUTION_MIN_WORDS } });
    };
    if (brief(pep.views.carer?.text)) hit(['views', 'carer', 'text'], 'carer');
    if (brief(pep.views.socialWorker?.text)) hit(['views', 'socialWorker', 'text'], 'social worker');
    if (brief(pep.views.designatedTeacher?.text)) hit(['views', 'designatedTeacher', 'text'], 'designated teacher');
    const others = pep.views.others ?? [];
    for (let i = 0; i < others.length; i++) if (brief(others[i]!.text)) hit(['views', 'others', i, 'text'], 'other contributor');
    return hits;
  },
});
