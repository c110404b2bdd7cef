"""CID 4267 Corneal Topography Mapping Unit for Real World Value Mapping.

Extensible, version 20131014, UID 1.2.840.10008.6.1.965.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Micrometer: _Final[_groups.Cid4267Code]
Diopters: _Final[_groups.Cid4267Code]
mm: _Final[_groups.Cid4267Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4267Code]]
