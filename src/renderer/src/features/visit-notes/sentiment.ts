// Partner sentiment as noted after a visit: 1 (very unhappy) to 5 (very happy).
export const sentimentScores = [1, 2, 3, 4, 5] as const;
export type SentimentScore = (typeof sentimentScores)[number];

/** Colours that read at a glance in a list of notes: red for trouble, green for a happy partner. */
export const sentimentColors: Record<SentimentScore, string> = {
  1: 'red',
  2: 'orange',
  3: 'gray',
  4: 'teal',
  5: 'green',
};

export function isSentimentScore(value: number | null): value is SentimentScore {
  return value !== null && (sentimentScores as readonly number[]).includes(value);
}
