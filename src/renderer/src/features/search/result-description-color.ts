// The colour of a search result's secondary lines (whose, when, the snippet): dimmed, and on a
// selected result, which Spotlight fills with the primary colour, the contrast colour Spotlight sets
// for its own descriptions there (dimmed grey on the filled green was hard to read).
export const resultDescriptionColor = 'var(--action-description-color, var(--mantine-color-dimmed))';
