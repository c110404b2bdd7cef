"""CID 6004 Mammography Shape Characteristic.

Extensible, version 20020904, UID 1.2.840.10008.6.1.334.
Includes CID 6005.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

RoundShape: _Final[_groups.Cid6004Code]
OvoidShapeOval: _Final[_groups.Cid6004Code]
Lobular: _Final[_groups.Cid6004Code]
Irregular: _Final[_groups.Cid6004Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6004Code]]
