"""CID 8124 Microscopy Filter.

Extensible, version 20100824, UID 1.2.840.10008.6.1.901.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

GreenOpticalFilter: _Final[_groups.Cid8124Code]
RedOpticalFilter: _Final[_groups.Cid8124Code]
BlueOpticalFilter: _Final[_groups.Cid8124Code]
InfraredOpticalFilter: _Final[_groups.Cid8124Code]
PolarizingOpticalFilter: _Final[_groups.Cid8124Code]
VioletOpticalFilter: _Final[_groups.Cid8124Code]
UltravioletOpticalFilter: _Final[_groups.Cid8124Code]
DichroicBeamsplitter: _Final[_groups.Cid8124Code]
HoffmanModulator: _Final[_groups.Cid8124Code]
DarkfieldStop: _Final[_groups.Cid8124Code]
RheinbergFilter: _Final[_groups.Cid8124Code]
PhaseContrastPlate: _Final[_groups.Cid8124Code]
CondenserAnnulus: _Final[_groups.Cid8124Code]
NomarskiPrism: _Final[_groups.Cid8124Code]
DeSénarmontCompensator: _Final[_groups.Cid8124Code]
NoFilter: _Final[_groups.Cid8124Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid8124Code]]
