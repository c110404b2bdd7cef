"""CID 6330 PI-RADS® v2 T2WI TZ Lesion Assessment Category.

Non-extensible, version 20210714, UID 1.2.840.10008.6.1.1387.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PIRADS1T2WITZVeryLow: _Final[_groups.Cid6330Code]
PIRADS2T2WITZLow: _Final[_groups.Cid6330Code]
PIRADS3T2WITZIntermediate: _Final[_groups.Cid6330Code]
PIRADS4T2WITZHigh: _Final[_groups.Cid6330Code]
PIRADS5T2WITZVeryHigh: _Final[_groups.Cid6330Code]
PIRADSXT2WITZInadequateOrAbsent: _Final[_groups.Cid6330Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6330Code]]
