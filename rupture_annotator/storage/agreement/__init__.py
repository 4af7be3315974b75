"""Coder agreement on a study: recordings matched across files (matching.py), the values per
unit and coder (variables.py), every statistic (report.py), the workbook, CSV and JSON
(workbook.py)."""

from rupture_annotator.storage.agreement.report import (
    AgreementOptions,
    AgreementReport,
    agreement,
)

__all__ = ["AgreementOptions", "AgreementReport", "agreement"]
