"""CID 3492 Vascular Dissection Classification.

Extensible, version 20180325, UID 1.2.840.10008.6.1.126.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

MedialDissection: _Final[_groups.Cid3492Code]
IntimalDissection: _Final[_groups.Cid3492Code]
AdventitialDissection: _Final[_groups.Cid3492Code]
IntramuralHematoma: _Final[_groups.Cid3492Code]
IntraStentDissection: _Final[_groups.Cid3492Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3492Code]]
