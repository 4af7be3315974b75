"""Files: project load/save (schema, migrations, atomic writes), codebooks, media references.

No Qt, no vlc here (tests/unit/test_layering.py checks it).
"""
