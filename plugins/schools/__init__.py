"""Arta în Joacă — Our cultural education programme in schools: artists in residence, Pre-Texts trainings and a network of Cluj schools."""
