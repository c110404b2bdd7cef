"""CID 12116 Vessel Segment Modifier.

Extensible, version 20190524, UID 1.2.840.10008.6.1.583.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Distal: _Final[_groups.Cid12116Code]
Middle: _Final[_groups.Cid12116Code]
OriginOfVessel: _Final[_groups.Cid12116Code]
Proximal: _Final[_groups.Cid12116Code]
DilatedPortionOfSegment: _Final[_groups.Cid12116Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12116Code]]
