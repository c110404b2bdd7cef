"""CID 6328 PI-RADS® v2 Lesion Assessment Category.

Non-extensible, version 20210714, UID 1.2.840.10008.6.1.1385.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PIRADS1VeryLow: _Final[_groups.Cid6328Code]
PIRADS2Low: _Final[_groups.Cid6328Code]
PIRADS3Intermediate: _Final[_groups.Cid6328Code]
PIRADS4High: _Final[_groups.Cid6328Code]
PIRADS5VeryHigh: _Final[_groups.Cid6328Code]
PIRADSXInadequateOrAbsent: _Final[_groups.Cid6328Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6328Code]]
