"""CID 3741 Lab Visit Medication Administration.

Extensible, version 20030327, UID 1.2.840.10008.6.1.238.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Contraindicated: _Final[_groups.Cid3741Code]
AdministeredBeforeLabVisit: _Final[_groups.Cid3741Code]
AdministeredDuringLabVisit: _Final[_groups.Cid3741Code]
AdministeredAfterLabVisit: _Final[_groups.Cid3741Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3741Code]]
