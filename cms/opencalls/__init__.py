"""Open calls: application forms with deadlines, private uploads and review."""
