"""Huburi creative — Creative hubs: a map of hubs, tools, fora, skills workshops and peer-to-peer exchanges."""
