"""CID 6401 Non-lesion Object Type - Physical Object.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1185.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BBShotLeadPellet: _Final[_groups.Cid6401Code]
Bullet: _Final[_groups.Cid6401Code]
CardiacPacemaker: _Final[_groups.Cid6401Code]
Catheter: _Final[_groups.Cid6401Code]
Clip: _Final[_groups.Cid6401Code]
Collimator: _Final[_groups.Cid6401Code]
CompressionPaddle: _Final[_groups.Cid6401Code]
IDPlate: _Final[_groups.Cid6401Code]
Implant: _Final[_groups.Cid6401Code]
JWire: _Final[_groups.Cid6401Code]
OpaqueMarker: _Final[_groups.Cid6401Code]
OtherMarker: _Final[_groups.Cid6401Code]
Staple: _Final[_groups.Cid6401Code]
Suture: _Final[_groups.Cid6401Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6401Code]]
