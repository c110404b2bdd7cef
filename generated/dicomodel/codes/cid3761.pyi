"""CID 3761 Antilipemic Agent.

Extensible, version 20190817, UID 1.2.840.10008.6.1.255.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AnionExchangeResin: _Final[_groups.Cid3761Code]
BileAcidSequestrant: _Final[_groups.Cid3761Code]
Fibrate: _Final[_groups.Cid3761Code]
FishOils: _Final[_groups.Cid3761Code]
Statins: _Final[_groups.Cid3761Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3761Code]]
