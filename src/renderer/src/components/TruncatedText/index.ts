export { TruncatedText, titleWhenCut } from './TruncatedText';
export type { TruncatedTextProps } from './TruncatedText';
