"""CID 212 Generic Anatomic Location Modifier.

Extensible, version 20190524, UID 1.2.840.10008.6.1.1287.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Anterior: _Final[_groups.Cid212Code]
Central: _Final[_groups.Cid212Code]
Distal: _Final[_groups.Cid212Code]
Inferior: _Final[_groups.Cid212Code]
Lateral: _Final[_groups.Cid212Code]
Median: _Final[_groups.Cid212Code]
Middle: _Final[_groups.Cid212Code]
MidLongitudinal: _Final[_groups.Cid212Code]
Posterior: _Final[_groups.Cid212Code]
Proximal: _Final[_groups.Cid212Code]
Superior: _Final[_groups.Cid212Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid212Code]]
