"""Events engine: venues, audiences, event pages, materialised occurrences, calendars, feeds."""
