"""CID 10072 Reported Value Type.

Non-extensible, version 20210328, UID 1.2.840.10008.6.1.1362.
Includes CID 3488.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Yes: _Final[_groups.Cid10072Code]
Median: _Final[_groups.Cid10072Code]
Mode: _Final[_groups.Cid10072Code]
Nominal: _Final[_groups.Cid10072Code]
Maximum: _Final[_groups.Cid10072Code]
Minimum: _Final[_groups.Cid10072Code]
Mean: _Final[_groups.Cid10072Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10072Code]]
