// A festival's greeting list: the partners of that country (in the filter) to greet, who was
// greeted already and who is in mourning or hardship. (Being built.)

/** A festival occurrence, as the calendar and the agenda show it. */
export interface FestivalTarget {
  festivalKey: string;
  country: string;
  date: string;
  title: string;
  /** The calendar item key; each partner's greeting is logged under `${itemKey}:${partnerId}`. */
  itemKey: string;
  ownerIds: string[];
  regions: string[];
}

export interface FestivalGreetingsModalProps {
  festival: FestivalTarget | null;
  onClose: () => void;
}

export function FestivalGreetingsModal(_props: FestivalGreetingsModalProps) {
  return null;
}
