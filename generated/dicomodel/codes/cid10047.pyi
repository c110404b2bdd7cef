"""CID 10047 GFR Measurement Method.

Extensible, version 20140419, UID 1.2.840.10008.6.1.979.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CockroftGaultFormulaEstimationOfGFR: _Final[_groups.Cid10047Code]
CKDEPIFormulaEstimationOfGFR: _Final[_groups.Cid10047Code]
GlomerularFiltrationRateMDRD: _Final[_groups.Cid10047Code]
GlomerularFiltrationRateNonBlackMDRD: _Final[_groups.Cid10047Code]
GlomerularFiltrationRateBlackMDRD: _Final[_groups.Cid10047Code]
GlomerularFiltrationRateFemaleMDRD: _Final[_groups.Cid10047Code]
GlomerularFiltrationRateCystatinBasedFormula: _Final[_groups.Cid10047Code]
GlomerularFiltrationRateCreatinineBasedFormulaSchwartz: _Final[_groups.Cid10047Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10047Code]]
