/* Citations shared by the rules: each is a document's title (seed files are listed in /work/shared/seeds/README.md). */

/** seed 003: Halton Virtual School PEP Policy 2023-24 (updated January 2025). */
export const _HALTON = 'Halton Virtual School PEP Policy 2023-24';
/** seed 003 Appendix C, the PEP QA grid. */
export const _HALTON_GRID = `${_HALTON}, Appendix C PEP QA Criteria`;
/** seed 003 Appendix C, the non-negotiables of the QA grid. */
export const _HALTON_NON_NEGOTIABLE = `${_HALTON_GRID} (non-negotiables)`;
/** seed 002: Barnet Virtual School PEP Guidance. */
export const _BARNET = 'Barnet Virtual School PEP Guidance';
/** seed 001: Bolton Virtual School PEP guidance 2021/22. */
export const _BOLTON = 'Bolton Virtual School PEP guidance 2021/22';
/** seed 000: Milton Keynes Virtual School Designated Teacher Handbook 2024/25. */
export const _MK = 'Milton Keynes Virtual School, Designated Teacher Handbook 2024/25';
/** seed 004: NAVSH Virtual School Handbook (2014). */
export const _NAVSH = 'The Virtual School Handbook (NAVSH, 2014)';
/** The PEP's statutory minimum content. */
export const _CPPCR_SCH1 = 'Care Planning, Placement and Case Review (England) Regulations 2010, Sch 1 para 2';
/** DfE statutory guidance on the education of looked-after children. */
export const _STAT_GUIDANCE = 'DfE statutory guidance, Promoting the education of looked-after children and previously looked-after children (2018)';
/** The SDQ's official scoring instructions. */
export const _SDQ_SCORING = 'Youthinmind, Scoring the Strengths & Difficulties Questionnaire for age 4-17 (sdqinfo.org)';
/** Internal consistency of the record: no external source needed. */
export const _CONSISTENCY = 'pep-rules data consistency (PEP interchange format v1)';
