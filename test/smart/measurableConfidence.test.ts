import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { measurableOf as m, MEETING } from './_judge';

const codes = (text: string) => checkSmartTarget(text, { ...MEETING, detail: 'codes' }).measurable;

describe('measurable confidence: low where the labelling guide\'s rules pull apart (issue: say when it is unsure)', () => {
  it.each([
    'Maisie will skim and scan a text for key words by the summer half term.',
    'Zac will note down the main events of the story by Easter.',
  ])('Measurable rules 3 and 6: a skill named with nothing measuring it is not met, low, advice asks how it will be checked: %s', (text) => {
    const r = m(text);
    expect([r.met, r.confidence]).toEqual([false, 'low']);
    expect(r.advice).toMatch(/^A skill is named but nothing measures it/);
    expect([codes(text).met, codes(text).confidence]).toEqual([false, 'low']);
  });

  it('Measurable rule 6: a comparative with only a baseline is plainly not measurable: not met, high, the comparative advice', () => {
    const r = m('Aaliyah will improve her attendance (currently 85%).');
    expect([r.met, r.confidence]).toEqual([false, 'high']);
    expect(r.advice).toMatch(/need a figure/);
  });

  it('Measurable rule 6 (a quantity of provision): a frequency with no skill of the child\'s is met, low, advice asks whether it counts the child\'s success', () => {
    const r = m('Kai will continue to see the school counsellor weekly until July.');
    expect([r.met, r.confidence]).toEqual([true, 'low']);
    expect(r.advice).toMatch(/^A figure or frequency was found but no skill/);
  });

  it.each([
    'Rosa will be able to tie her shoelaces by Easter.',
    'Tyler will write a recount of his school trip by Easter.',
    'Maisie will justify her answers with evidence from the text by the summer half term.',
  ])('Measurable rule 3: an observable capability with no figure is met with high confidence, no advice: %s', (text) => {
    expect(m(text)).toMatchObject({ met: true, confidence: 'high' });
    expect(m(text).advice).toBeUndefined();
    expect([codes(text).met, codes(text).confidence]).toEqual([true, 'high']);
  });

  it('Measurable rule 1: a figure on a named skill stays high', () => {
    expect(m('Kai will read aloud to an adult 3 times a week until Easter.')).toMatchObject({ met: true, confidence: 'high' });
  });

  it('Measurable rule 4: a stop-behaviour with no figure stays low (advice asks how often)', () => {
    expect(m('Ali will not hit other children by Easter.')).toMatchObject({ met: true, confidence: 'low' });
  });

  it('nothing named and nothing measured is plainly not met: high', () => {
    expect(m('Jo will have a good time.')).toMatchObject({ met: false, confidence: 'high' });
  });
});
