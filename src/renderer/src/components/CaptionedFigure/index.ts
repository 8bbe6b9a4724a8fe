export { CaptionedFigure } from './CaptionedFigure';
export type { CaptionedFigureProps } from './CaptionedFigure';
