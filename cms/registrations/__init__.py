"""Registrations for event occurrences: seats, waiting list, confirmations, teams' lists."""
