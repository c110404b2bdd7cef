"""CID 3204 Stress Agent.

Extensible, version 20080927, UID 1.2.840.10008.6.1.759.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Dipyridamole: _Final[_groups.Cid3204Code]
Dobutamine: _Final[_groups.Cid3204Code]
Adenosine: _Final[_groups.Cid3204Code]
Atropine: _Final[_groups.Cid3204Code]
AdenosineA2ReceptorAgonist: _Final[_groups.Cid3204Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3204Code]]
