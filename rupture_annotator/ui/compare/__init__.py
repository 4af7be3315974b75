"""Study → Compare Coders…: coders' files for one recording side by side, read-only; their
disagreements replayed one by one; a consensus coding built from them (window.py)."""
