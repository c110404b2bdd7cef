"""CID 10046 GFR Measurement.

Extensible, version 20140419, UID 1.2.840.10008.6.1.978.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

GlomerularFiltrationRateMDRD: _Final[_groups.Cid10046Code]
GlomerularFiltrationRateNonBlackMDRD: _Final[_groups.Cid10046Code]
GlomerularFiltrationRateBlackMDRD: _Final[_groups.Cid10046Code]
GlomerularFiltrationRateFemaleMDRD: _Final[_groups.Cid10046Code]
GlomerularFiltrationRateCystatinBasedFormula: _Final[_groups.Cid10046Code]
GlomerularFiltrationRateCreatinineBasedFormulaSchwartz: _Final[_groups.Cid10046Code]
CockroftGaultFormulaEstimationOfGFR: _Final[_groups.Cid10046Code]
CKDEPIFormulaEstimationOfGFR: _Final[_groups.Cid10046Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10046Code]]
