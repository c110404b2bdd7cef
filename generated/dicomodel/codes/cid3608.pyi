"""CID 3608 Atrial Source Location.

Extensible, version 20240611, UID 1.2.840.10008.6.1.158.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Baffle: _Final[_groups.Cid3608Code]
CommonAtrium: _Final[_groups.Cid3608Code]
CoronarySinus: _Final[_groups.Cid3608Code]
JuxtaposedAppendage: _Final[_groups.Cid3608Code]
LeftAtrium: _Final[_groups.Cid3608Code]
PulmonaryArteryWedge: _Final[_groups.Cid3608Code]
PulmonaryCapillaryWedge: _Final[_groups.Cid3608Code]
PulmonaryVenousAtrium: _Final[_groups.Cid3608Code]
PulmonaryChamberInCorTriatriatum: _Final[_groups.Cid3608Code]
RightAtrium: _Final[_groups.Cid3608Code]
SystemicVenousAtrium: _Final[_groups.Cid3608Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3608Code]]
