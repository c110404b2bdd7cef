"""CID 3713 TIMI Flow Characteristic.

Extensible, version 20030327, UID 1.2.840.10008.6.1.214.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

V0NoPerfusion: _Final[_groups.Cid3713Code]
V1PenetrationWithoutPerfusion: _Final[_groups.Cid3713Code]
V2PartialPerfusion: _Final[_groups.Cid3713Code]
V3CompletePerfusion: _Final[_groups.Cid3713Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3713Code]]
