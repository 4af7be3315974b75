"""Agreement between coders: the reliability statistics a 3RS paper reports.

Pure computation on numbers (numpy, scipy, krippendorff): icc.py (Shrout & Fleiss ICCs),
kappa.py (percent agreement, Cohen's and Fleiss' κ), alpha.py (Krippendorff's α), events.py
(pairing two coders' ruptures), bands.py (plain-word bands), summary.py (which statistics each
variable gets). Which values are compared — units, coders, recordings matched across project
files — is decided in storage/agreement/.
"""

from rupture_annotator.domain.agreement.estimate import Estimate
from rupture_annotator.domain.agreement.summary import AgreementRow, Variable

__all__ = ["AgreementRow", "Estimate", "Variable"]
