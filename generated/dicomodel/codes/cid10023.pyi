"""CID 10023 Size Specific Dose Estimation Method for CT.

Extensible, version 20200919, UID 1.2.840.10008.6.1.947.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AAPM204LateralDimension: _Final[_groups.Cid10023Code]
AAPM204APDimension: _Final[_groups.Cid10023Code]
AAPM204SumOfLateralAndAPDimension: _Final[_groups.Cid10023Code]
AAPM204EffectiveDiameterEstimatedFromPatientAge: _Final[_groups.Cid10023Code]
EstimatedFromWaterEquivalentDiameter: _Final[_groups.Cid10023Code]
ArithmeticAverageOfSSDEZ: _Final[_groups.Cid10023Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10023Code]]
