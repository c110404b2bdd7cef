"""CID 3502 Hemodynamic Resistance Unit.

Non-extensible, version 20120327, UID 1.2.840.10008.6.1.133.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PRU: _Final[_groups.Cid3502Code]
WoodU: _Final[_groups.Cid3502Code]
DynScm5: _Final[_groups.Cid3502Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3502Code]]
