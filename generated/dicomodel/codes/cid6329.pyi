"""CID 6329 PI-RADS® v2 T2WI PZ Lesion Assessment Category.

Non-extensible, version 20210714, UID 1.2.840.10008.6.1.1386.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PIRADS1T2WIPZVeryLow: _Final[_groups.Cid6329Code]
PIRADS2T2WIPZLow: _Final[_groups.Cid6329Code]
PIRADS3T2WIPZIntermediate: _Final[_groups.Cid6329Code]
PIRADS4T2WIPZHigh: _Final[_groups.Cid6329Code]
PIRADS5T2WIPZVeryHigh: _Final[_groups.Cid6329Code]
PIRADSXT2WIPZInadequateOrAbsent: _Final[_groups.Cid6329Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6329Code]]
