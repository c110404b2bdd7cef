"""CID 6 Transducer Orientation.

Extensible, version 20190817, UID 1.2.840.10008.6.1.4.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Coronal: _Final[_groups.Cid6Code]
Longitudinal: _Final[_groups.Cid6Code]
Sagittal: _Final[_groups.Cid6Code]
Parasagittal: _Final[_groups.Cid6Code]
Oblique: _Final[_groups.Cid6Code]
LongAxis: _Final[_groups.Cid6Code]
OffAxis: _Final[_groups.Cid6Code]
ShortAxis: _Final[_groups.Cid6Code]
FiveChamber: _Final[_groups.Cid6Code]
TwoChamber: _Final[_groups.Cid6Code]
FourChamber: _Final[_groups.Cid6Code]
Transverse: _Final[_groups.Cid6Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6Code]]
