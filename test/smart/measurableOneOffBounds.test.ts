import { describe, expect, it } from 'vitest';
import { measurable } from './_judge';

/*
 * The bounds of the one-off acts and the lone baseline read by src/smart/_measure.ts (`standingBeforeInPart`, `passiveOneOff`,
 * `heldOnce`, `confirmedOnce`, `adultDoing`, `thingToArrange`, `appointmentsKept`, `childBeforeAux`) and src/smart/_statusNote.ts
 * (`_baselineAlone`). The labelling guide, Measurable: "M is met when someone could check, at the deadline, whether it
 * happened"; rule 5 ("a one-off event is measurable"); rule 6 ("a baseline with no target figure" is not; a quantity of provision
 * is not); Settled cases, "a one-off thing adults arrange or do for the child": measurable. Every wording is written here, none
 * a data set's text.
 */

describe('Labelling guide, Measurable rule 6: a baseline followed by its target under another label is a target, not a baseline alone', () => {
  it.each([
    'Baseline: 4/10. Expected: 9/10.',
    'Baseline: 78% attendance. Intended outcome: 96% attendance.',
    'Baseline: 78% attendance. Measure of success: 96%',
    'Baseline: 78% attendance. Success criteria: 96%.',
    'Baseline: 4 call-outs a lesson. Outcome: no call-outs.',
    'Baseline: 4/10 -> 9/10',
    'Baseline: 4/10 => 9/10',
    'Baseline: Priya cannot tie her laces. Success: ties them unaided.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    // A baseline alone: figures of the start only, a count within it, a word "success" that labels nothing.
    'Baseline: 4/10 on the Friday times-tables quiz.',
    'Baseline (Oct): blends 5 of 20 CVC words.',
    'Baseline: worried about success in tests.',
    'Baseline: 52% attendance. Successful move noted.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable rule 6 and Settled cases ("a one-off thing adults arrange"): a heading naming only a rate makes the act after it kept up', () => {
  it.each([
    'Weekly - key worker to visit.',
    'Fortnightly – mentor to meet Priya.',
    'Twice weekly – TA to meet Priya.',
    'Every fortnight: SW to visit.',
    'Weekly, key worker to visit.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it.each([
    // The rate belongs to the heading's own thing; the adult's act after the mark is done once.
    'Mentoring to continue weekly - SW to chase.',
    'Funding for 10 hrs to continue - VS to chase.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Labelling guide, Settled cases ("a one-off thing adults arrange or do for the child"): only an occasion, a place or a sum is held once', () => {
  it.each([
    'Annual review to be held before Easter.',
    'CIN meeting to be held before half term.',
    'Leavers assembly to be held in July.',
    'College place to be held for Priya.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    // A person or a practice held to something: no occasion anyone arranges.
    'Priya to be held accountable for her choices.',
    'Priya to be held in high regard by staff.',
    'Priya to be held to the same standard as her class.',
    'Priya to be held gently when distressed.',
    'Hands to be held on the walk to the park.',
    'Priya to be held back a year.',
    'Her views to be held in mind.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable ("someone could check, at the deadline, whether it happened"): a date, place or detail to be confirmed is not the act', () => {
  it.each([
    'Date of the review to be confirmed.',
    'Date for the transition meeting to be confirmed.',
    'Day of the week to be confirmed.',
    'Meeting date and venue to be confirmed.',
    'Details to be confirmed.',
    'Location to be confirmed.',
    'Times of the sessions to be confirmed.',
    // A finding, not an adult's arrangement.
    'Diagnosis to be confirmed.',
    'Her ADHD diagnosis to be confirmed by the paediatrician.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it.each([
    'Sixth-form course to be confirmed.',
    'Tutor to be confirmed by the virtual school.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Labelling guide, Settled cases ("a one-off thing adults arrange or do for the child"): an adult\'s act in hand needs a thing to arrange before it', () => {
  it.each([
    'Feelings – school arranging.',
    'Science - carer chasing.',
    'Shapes. Teacher sorting.',
    'Maths - teacher sorting.',
    'Friendships - school organising.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it.each([
    'Laptop - VS arranging.',
    'Uniform grant. SW chasing.',
    'Coursework - tutor chasing.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Labelling guide, Measurable rule 5: the child\'s own appointments kept, with a deadline or a manner after them', () => {
  it.each([
    'Priya will attend her CAMHS appointments by the end of March.',
    'Priya will attend her CAMHS appointments this term.',
    'Priya will attend her CAMHS appointments on time.',
    'Priya will attend her CAMHS appointments independently by July.',
    'By Easter, Priya will attend her CAMHS appointments.',
    'priya will attend her camhs appointments.',
    // "Ongoing" in another sentence is not the appointments'.
    'Ongoing support from her carer. Priya will attend her CAMHS appointments by March.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    'Ongoing - Priya will attend her CAMHS appointments by March.',
    'Priya will attend her CAMHS appointments, ongoing.',
    'Priya will attend her appointments on time if possible.',
    'Priya will attend her appointments on time most weeks.',
    'Priya will attend her CAMHS appointments when she wants to.',
    'Priya will attend her appointments?',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});
