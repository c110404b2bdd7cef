"""CID 7272 MR Diffusion Model Parameter.

Extensible, version 20170413, UID 1.2.840.10008.6.1.1167.

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
ApparentDiffusionCoefficient: _Final[_groups.Cid7272Code]
DiffusionCoefficient: _Final[_groups.Cid7272Code]
MonoExponentialApparentDiffusionCoefficient: _Final[_groups.Cid7272Code]
SlowDiffusionCoefficient: _Final[_groups.Cid7272Code]
FastDiffusionCoefficient: _Final[_groups.Cid7272Code]
FastDiffusionCoefficientFraction: _Final[_groups.Cid7272Code]
KurtosisDiffusionCoefficient: _Final[_groups.Cid7272Code]
GammaDistributionScaleParameter: _Final[_groups.Cid7272Code]
GammaDistributionShapeParameter: _Final[_groups.Cid7272Code]
GammaDistributionMode: _Final[_groups.Cid7272Code]
DistributedDiffusionCoefficient: _Final[_groups.Cid7272Code]
AnomalousExponentParameter: _Final[_groups.Cid7272Code]
MEMBERS: _Final[tuple[_groups.Cid7272Code, ...]]
