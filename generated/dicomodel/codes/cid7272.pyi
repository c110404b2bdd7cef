"""CID 7272 MR Diffusion Model Parameter.

Extensible, version 20170413, UID 1.2.840.10008.6.1.1167.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
ApparentDiffusionCoefficient: _Final[_Code]
DiffusionCoefficient: _Final[_Code]
MonoExponentialApparentDiffusionCoefficient: _Final[_Code]
SlowDiffusionCoefficient: _Final[_Code]
FastDiffusionCoefficient: _Final[_Code]
FastDiffusionCoefficientFraction: _Final[_Code]
KurtosisDiffusionCoefficient: _Final[_Code]
GammaDistributionScaleParameter: _Final[_Code]
GammaDistributionShapeParameter: _Final[_Code]
GammaDistributionMode: _Final[_Code]
DistributedDiffusionCoefficient: _Final[_Code]
AnomalousExponentParameter: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
