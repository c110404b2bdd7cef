"""CID 7008 Media Import.

Extensible, version 20061024, UID 1.2.840.10008.6.1.489.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

SheetFilmDigitized: _Final[_groups.Cid7008Code]
CineFilmDigitized: _Final[_groups.Cid7008Code]
VideoTapeDigitized: _Final[_groups.Cid7008Code]
PaperDigitized: _Final[_groups.Cid7008Code]
CDImported: _Final[_groups.Cid7008Code]
DVDImported: _Final[_groups.Cid7008Code]
MODImported: _Final[_groups.Cid7008Code]
StudiesImported: _Final[_groups.Cid7008Code]
InstancesImported: _Final[_groups.Cid7008Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7008Code]]
