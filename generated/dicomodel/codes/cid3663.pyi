"""CID 3663 Body Surface Area Equation.

Extensible, version 20100609, UID 1.2.840.10008.6.1.180.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BSAEquals0Point003207WT0Point7285To0Point0188LogWTHT0Point3: _Final[_groups.Cid3663Code]
BSAEquals0Point007184WT0Point425HT0Point725: _Final[_groups.Cid3663Code]
BSAEquals0Point0235WT0Point51456Htcm0Point42246: _Final[_groups.Cid3663Code]
BSAEquals0Point024265WT0Point5378Htcm0Point3964: _Final[_groups.Cid3663Code]
BSAEqualsHTWT360Point5: _Final[_groups.Cid3663Code]
BSAEquals13210Point3433WT: _Final[_groups.Cid3663Code]
BSAEquals0Point0004688WT0Point8168To0Point0154LogWT: _Final[_groups.Cid3663Code]
BSAEquals0Point007358WT0Point425HT0Point725: _Final[_groups.Cid3663Code]
BSAEquals0Point010265WT0Point423HT0Point651: _Final[_groups.Cid3663Code]
BSAEquals0Point008883WT0Point444HT0Point663: _Final[_groups.Cid3663Code]
BSAEquals0Point038189WT0Point423HT0Point362: _Final[_groups.Cid3663Code]
BSAEquals0Point009568WT0Point473HT0Point655: _Final[_groups.Cid3663Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3663Code]]
