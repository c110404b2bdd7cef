"""CID 632 Surgical Procedure Phase Requiring Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1097.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Preoperative: _Final[_groups.Cid632Code]
Intraoperative: _Final[_groups.Cid632Code]
Postoperative: _Final[_groups.Cid632Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid632Code]]
