"""CID 7272 MR Diffusion Model Parameter.

Extensible, version 20170413, UID 1.2.840.10008.6.1.1167.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7272Code]]
