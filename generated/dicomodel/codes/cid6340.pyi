"""CID 6340 Prostate MRI Shape Characteristic from PI-RADS®.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1397.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Round: _Final[_groups.Cid6340Code]
OvoidShape: _Final[_groups.Cid6340Code]
Lenticular: _Final[_groups.Cid6340Code]
Lobulated: _Final[_groups.Cid6340Code]
DropShaped: _Final[_groups.Cid6340Code]
WedgeShaped: _Final[_groups.Cid6340Code]
Linear: _Final[_groups.Cid6340Code]
Irregular: _Final[_groups.Cid6340Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6340Code]]
