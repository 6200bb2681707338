/**
 * Vague attributions: they name no study a reader could follow, so they are not sources
 * ("studies show", "experts agree"). They leave a statistic unsourced and a claim unhedged
 * (though *suggests* is itself a hedge).
 */
export const vagueAttributions: string[] = [
  'studies show',
  'studies have shown',
  'studies prove',
  'studies confirm',
  'studies support',
  'research shows',
  'research has shown',
  'research proves',
  'research confirms',
  'research suggests',
  'research indicates',
  'evidence shows',
  'the evidence shows',
  'science says',
  'science shows',
  'experts agree',
  'experts say',
  'scientists say',
  'doctors say',
  'doctors recommend',
  'clinical observations',
  'emerging data',
  'emerging research',
  'it is reported that',
  'it has been shown',
  'has been shown to',
  'have been shown to',
  'has been found to',
  'have been found to',
  'scientific studies',
  'according to research',
  'according to studies',
  'according to experts',
  'international research shows',
  'online testimonials'
]
