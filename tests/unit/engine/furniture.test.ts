import { dropFurniture, isFurniture } from '../../../src/engine/local/furniture';

describe('page furniture', () => {
  it('drops teaser, subscriber, credit, thank-you and share lines but keeps the story', () => {
    const body = [
      'The city council approved the new tram line on Tuesday after a four-hour debate.',
      '',
      'Read also Article reserved for our subscribers How the tram plan was born',
      '',
      'Work is due to start in the spring, the mayor said.',
      '',
      'The Courier with AFP',
      '',
      'We would like to thank the writer of this article for this great content',
      '',
      'Share this article',
      '',
      'Council approves tram line',
    ].join('\n');
    const { text, dropped } = dropFurniture(body, 'Council approves tram line');
    expect(text).toBe(
      'The city council approved the new tram line on Tuesday after a four-hour debate.\n\nWork is due to start in the spring, the mayor said.',
    );
    expect(dropped).toHaveLength(5);
  });

  it('keeps sentences that merely mention reading or subscribers', () => {
    expect(
      isFurniture('Readers of the local paper said the subscribers were angry about the price rise.'),
    ).toBe(false);
    expect(isFurniture('The minister read a statement to reporters outside the ministry.')).toBe(false);
    expect(isFurniture('Read more: the full list of winners')).toBe(true);
  });
});
