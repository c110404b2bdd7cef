"""CID 7445 Device Participating Role.

Extensible, version 20120406, UID 1.2.840.10008.6.1.1042.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

IrradiatingDevice: _Final[_groups.Cid7445Code]
Recording: _Final[_groups.Cid7445Code]
XRayReadingDevice: _Final[_groups.Cid7445Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7445Code]]
