"""The centre's built-in programme lines, each a Django app that is also a pluggy plugin."""
