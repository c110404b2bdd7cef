"""CID 6046 Follow-up Interval Unit.

Extensible, version 20020904, UID 1.2.840.10008.6.1.376.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Day: _Final[_groups.Cid6046Code]
Week: _Final[_groups.Cid6046Code]
Month: _Final[_groups.Cid6046Code]
Year: _Final[_groups.Cid6046Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6046Code]]
