"""Jivipen — Jivipen, “life” in Romani, celebrates Roma culture and its contemporary forms of expression."""
