"""Academia Schimbării — the change academy: training, mentoring, residencies, open calls."""
