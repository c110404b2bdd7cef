"""CID 12252 Cardiac Ultrasound Cardiac Function.

Extensible, version 20100317, UID 1.2.840.10008.6.1.833.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CardiacEjectionFraction: _Final[_groups.Cid12252Code]
MeanVelocityOfCircumferentialFiberShorteningMeanVcfv: _Final[_groups.Cid12252Code]
HRCorrectedMeanVelocityOfCircumferentialFiberShortening: _Final[_groups.Cid12252Code]
PercentThickening: _Final[_groups.Cid12252Code]
FractionalShortening: _Final[_groups.Cid12252Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12252Code]]
