"""CID 10046 GFR Measurement.

Extensible, version 20140419, UID 1.2.840.10008.6.1.978.

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
GlomerularFiltrationRateMDRD: _Final[_groups.Cid10046Code]
GlomerularFiltrationRateNonBlackMDRD: _Final[_groups.Cid10046Code]
GlomerularFiltrationRateBlackMDRD: _Final[_groups.Cid10046Code]
GlomerularFiltrationRateFemaleMDRD: _Final[_groups.Cid10046Code]
GlomerularFiltrationRateCystatinBasedFormula: _Final[_groups.Cid10046Code]
GlomerularFiltrationRateCreatinineBasedFormulaSchwartz: _Final[_groups.Cid10046Code]
CockroftGaultFormulaEstimationOfGFR: _Final[_groups.Cid10046Code]
CKDEPIFormulaEstimationOfGFR: _Final[_groups.Cid10046Code]
MEMBERS: _Final[tuple[_groups.Cid10046Code, ...]]
