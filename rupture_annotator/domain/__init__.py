"""The 3RS domain: codebooks, annotations, projects and derived segment tables.

Pure Python: nothing here imports Qt or vlc (tests/unit/test_layering.py checks it).
"""
