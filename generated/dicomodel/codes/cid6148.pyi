"""CID 6148 Mediastinum Finding or Feature.

Extensible, version 20200309, UID 1.2.840.10008.6.1.1313.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AtrialSeptalDefect: _Final[_groups.Cid6148Code]
AzygoesophagealRecessInterface: _Final[_groups.Cid6148Code]
FascialLayer: _Final[_groups.Cid6148Code]
Hiatus: _Final[_groups.Cid6148Code]
ParaspinalLine: _Final[_groups.Cid6148Code]
PosteriorTrachealStripe: _Final[_groups.Cid6148Code]
RightTrachealStripe: _Final[_groups.Cid6148Code]
Stripe: _Final[_groups.Cid6148Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6148Code]]
