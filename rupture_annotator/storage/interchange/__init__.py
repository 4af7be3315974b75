"""Coding brought in from other tools and taken out to them: ELAN (.eaf), BORIS (.boris) and
plain span tables (CSV/XLSX).

Every reader turns its file into the same neutral `source.SourceFile` (recordings holding spans
with a code, values, a coder and a note); `mapping.Mapping` says what those codes and values are
in the project's codebook, and `plan.plan_import` builds what an import would add, with counts
and every unmapped value, before anything is written. Readers never write to their file.
"""
