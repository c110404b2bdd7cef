"""CID 6005 Shape Characteristic from BI-RADS®.

Extensible, version 20020904, UID 1.2.840.10008.6.1.335.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

RoundShape: _Final[_groups.Cid6005Code]
OvoidShapeOval: _Final[_groups.Cid6005Code]
Lobular: _Final[_groups.Cid6005Code]
Irregular: _Final[_groups.Cid6005Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6005Code]]
