// The home screen's "Today" and "This week" agenda. (Being built.)
export function HomeAgenda() {
  return null;
}
