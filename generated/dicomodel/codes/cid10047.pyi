"""CID 10047 GFR Measurement Method.

Extensible, version 20140419, UID 1.2.840.10008.6.1.979.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
CockroftGaultFormulaEstimationOfGFR: _Final[_groups.Cid10047Code]
CKDEPIFormulaEstimationOfGFR: _Final[_groups.Cid10047Code]
GlomerularFiltrationRateMDRD: _Final[_groups.Cid10047Code]
GlomerularFiltrationRateNonBlackMDRD: _Final[_groups.Cid10047Code]
GlomerularFiltrationRateBlackMDRD: _Final[_groups.Cid10047Code]
GlomerularFiltrationRateFemaleMDRD: _Final[_groups.Cid10047Code]
GlomerularFiltrationRateCystatinBasedFormula: _Final[_groups.Cid10047Code]
GlomerularFiltrationRateCreatinineBasedFormulaSchwartz: _Final[_groups.Cid10047Code]
MEMBERS: _Final[tuple[_groups.Cid10047Code, ...]]
