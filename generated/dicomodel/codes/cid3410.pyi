"""CID 3410 Drug/Contrast Numeric Parameter.

Extensible, version 20070124, UID 1.2.840.10008.6.1.75.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

VolumeAdministered: _Final[_groups.Cid3410Code]
UndilutedDoseAdministered: _Final[_groups.Cid3410Code]
Concentration: _Final[_groups.Cid3410Code]
RateOfAdministration: _Final[_groups.Cid3410Code]
DurationOfAdministration: _Final[_groups.Cid3410Code]
VolumeUnadministeredOrDiscarded: _Final[_groups.Cid3410Code]
QuantityAdministered: _Final[_groups.Cid3410Code]
MassAdministered: _Final[_groups.Cid3410Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3410Code]]
