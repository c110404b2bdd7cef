"""CID 6070 Bloom-Richardson Histologic Grade.

Extensible, version 20040112, UID 1.2.840.10008.6.1.399.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Grade1WellDifferentiated: _Final[_groups.Cid6070Code]
Grade2ModeratelyDifferentiated: _Final[_groups.Cid6070Code]
Grade3PoorlyDifferentiated: _Final[_groups.Cid6070Code]
Grade4Undifferentiated: _Final[_groups.Cid6070Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6070Code]]
