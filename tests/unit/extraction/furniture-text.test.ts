import {
  isBylineLine,
  isCaptionText,
  isDateLine,
  isFurnitureText,
} from '../../../src/extraction/furniture-text';

describe('labels and prompts that are not article text', () => {
  it.each([
    'Continue reading the main story',
    'Story continues below advertisement',
    'SKIP ADVERTISEMENT',
    'Anzeige',
    'skip past newsletter promotion',
    'Privacy Notice: Newsletters may contain info about charities and online ads.',
    'Reporting by Valentina Rojas in Santiago; Editing by Martin Feld',
    '(Reporting by Lukas Brenner; Editing by Sara Holm)',
    'Lauren Fitch contributed to this report.',
    'A version of this article appears in print on June 19, 2025, Section A, Page 1.',
    'Our Standards: The Trust Principles.',
    'Print this story | E-mail this story | Letter to the editor',
    'Article reserved for our subscribers',
    'Article réservé à nos abonnés',
    'Contribute',
    '___',
    '1.2K',
    'Edited by: Rina Goldenberg',
    'View original content to download multimedia:https://www.prnewswire.example/news-releases/x.html',
    'To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video',
  ])('"%s" is furniture', (text) => {
    expect(isFurnitureText(text)).toBe(true);
  });

  it.each([
    'Read the fine print, however, and the change is smaller than the January proposal.',
    '"No," she said.',
    'What happens next',
    'Reporters were told to wait outside the chamber until the vote was over.',
    'The editing of the report by the ministry took three months, officials said.',
    'Source data for the survey was reserved for subscribers of the agency until March, the report said.',
  ])('"%s" is article text', (text) => {
    expect(isFurnitureText(text)).toBe(false);
  });
});

describe('date lines, bylines and captions left as text', () => {
  it.each([
    'June 18, 2025',
    'Updated 9:20 p.m. ET',
    '08.10.2024, 11:24 Uhr 3 Min. Lesezeit',
    '18:31, 20 Nov 2024',
    '9:05am',
  ])('"%s" is only a date', (text) => {
    expect(isDateLine(text)).toBe(true);
  });

  it.each(['The vote is on June 18, 2025.', 'Amsterdam 2024', 'Schools close on 9 May'])(
    '"%s" is more than a date',
    (text) => {
      expect(isDateLine(text)).toBe(false);
    },
  );

  it('knows a byline from a sentence that starts with "By"', () => {
    expect(isBylineLine('By Carl Lindgren, Herald Staff Writer')).toBe(true);
    expect(isBylineLine('Von Katharina Vogt')).toBe(true);
    expect(isBylineLine('By Tuesday, the river had risen above the wall.')).toBe(false);
    expect(isBylineLine('By then the crowd had gone home')).toBe(false);
  });

  it('knows a caption by its photo credit', () => {
    expect(isCaptionText('Smoke rises from the elevator on Wednesday. (Herald photo by Jill Sorensen)')).toBe(
      true,
    );
    expect(isCaptionText('Crowds gathered outside the court. Photograph: Priya Dhar/The Guardian')).toBe(
      true,
    );
    expect(isCaptionText('The museum bought the photograph at auction for $2 million in 2019.')).toBe(false);
  });
});
