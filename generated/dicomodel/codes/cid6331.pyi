"""CID 6331 PI-RADS® v2 DWI Lesion Assessment Category.

Non-extensible, version 20210714, UID 1.2.840.10008.6.1.1388.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PIRADS1DWIVeryLow: _Final[_groups.Cid6331Code]
PIRADS2DWILow: _Final[_groups.Cid6331Code]
PIRADS3DWIIntermediate: _Final[_groups.Cid6331Code]
PIRADS4DWIHigh: _Final[_groups.Cid6331Code]
PIRADS5DWIVeryHigh: _Final[_groups.Cid6331Code]
PIRADSXDWIInadequateOrAbsent: _Final[_groups.Cid6331Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6331Code]]
