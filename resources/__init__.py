"""The app's data files (codebooks, demo session, icons), installed as package data."""
