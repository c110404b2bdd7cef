"""CID 11 Administration Route.

Extensible, version 20240611, UID 1.2.840.10008.6.1.9.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

IntravenousRoute: _Final[_groups.Cid11Code]
IntraArterialRoute: _Final[_groups.Cid11Code]
IntramuscularRoute: _Final[_groups.Cid11Code]
SubcutaneousRoute: _Final[_groups.Cid11Code]
IntracutaneousRoute: _Final[_groups.Cid11Code]
IntraperitonealRoute: _Final[_groups.Cid11Code]
IntramedullaryRoute: _Final[_groups.Cid11Code]
IntrathecalRoute: _Final[_groups.Cid11Code]
IntraArticularRoute: _Final[_groups.Cid11Code]
IntraepithelialRoute: _Final[_groups.Cid11Code]
TopicalRoute: _Final[_groups.Cid11Code]
OralRoute: _Final[_groups.Cid11Code]
TransluminalRoute: _Final[_groups.Cid11Code]
IntraluminalRoute: _Final[_groups.Cid11Code]
ExtraluminalRoute: _Final[_groups.Cid11Code]
ByInhalation: _Final[_groups.Cid11Code]
PerRectum: _Final[_groups.Cid11Code]
VaginalRoute: _Final[_groups.Cid11Code]
IntracoronaryRoute: _Final[_groups.Cid11Code]
IntracardiacRoute: _Final[_groups.Cid11Code]
IntraventricularRouteCardiac: _Final[_groups.Cid11Code]
RetroOrbitalRoute: _Final[_groups.Cid11Code]
NasalRoute: _Final[_groups.Cid11Code]
IntratumorRoute: _Final[_groups.Cid11Code]
IntracorpusCavernosumRoute: _Final[_groups.Cid11Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid11Code]]
