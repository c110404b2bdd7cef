"""CID 3486 Vascular Measurement Site.

Extensible, version 20051103, UID 1.2.840.10008.6.1.121.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ProximalReference: _Final[_groups.Cid3486Code]
DistalReference: _Final[_groups.Cid3486Code]
SiteOfLumenMinimum: _Final[_groups.Cid3486Code]
SiteOfLumenMaximum: _Final[_groups.Cid3486Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3486Code]]
