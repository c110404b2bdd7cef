"""CID 7156 Vascular Segmentation Type.

Extensible, version 20210328, UID 1.2.840.10008.6.1.502.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Adventitia: _Final[_groups.Cid7156Code]
CardiovascularSystem: _Final[_groups.Cid7156Code]
Intima: _Final[_groups.Cid7156Code]
Lumen: _Final[_groups.Cid7156Code]
Media: _Final[_groups.Cid7156Code]
SystemicArtery: _Final[_groups.Cid7156Code]
SystemicVein: _Final[_groups.Cid7156Code]
Thrombus: _Final[_groups.Cid7156Code]
VascularSclerosis: _Final[_groups.Cid7156Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7156Code]]
