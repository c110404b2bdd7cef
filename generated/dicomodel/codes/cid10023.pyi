"""CID 10023 Size Specific Dose Estimation Method for CT.

Extensible, version 20200919, UID 1.2.840.10008.6.1.947.

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
AAPM204LateralDimension: _Final[_groups.Cid10023Code]
AAPM204APDimension: _Final[_groups.Cid10023Code]
AAPM204SumOfLateralAndAPDimension: _Final[_groups.Cid10023Code]
AAPM204EffectiveDiameterEstimatedFromPatientAge: _Final[_groups.Cid10023Code]
EstimatedFromWaterEquivalentDiameter: _Final[_groups.Cid10023Code]
ArithmeticAverageOfSSDEZ: _Final[_groups.Cid10023Code]
MEMBERS: _Final[tuple[_groups.Cid10023Code, ...]]
