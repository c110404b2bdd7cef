"""CID 6040 Non-lesion Object Type.

Extensible, version 20170914, UID 1.2.840.10008.6.1.370.
Includes CID 6401, CID 6402, CID 6403.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Unspecified: _Final[_groups.Cid6040Code]
BBShotLeadPellet: _Final[_groups.Cid6040Code]
Bullet: _Final[_groups.Cid6040Code]
CardiacPacemaker: _Final[_groups.Cid6040Code]
Catheter: _Final[_groups.Cid6040Code]
Clip: _Final[_groups.Cid6040Code]
Collimator: _Final[_groups.Cid6040Code]
CompressionPaddle: _Final[_groups.Cid6040Code]
IDPlate: _Final[_groups.Cid6040Code]
Implant: _Final[_groups.Cid6040Code]
JWire: _Final[_groups.Cid6040Code]
OpaqueMarker: _Final[_groups.Cid6040Code]
OtherMarker: _Final[_groups.Cid6040Code]
Staple: _Final[_groups.Cid6040Code]
Suture: _Final[_groups.Cid6040Code]
ContrastAgent: _Final[_groups.Cid6040Code]
ScarTissue: _Final[_groups.Cid6040Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6040Code]]
