"""CID 11 Administration Route.

Extensible, version 20240611, UID 1.2.840.10008.6.1.9.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
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
MEMBERS: _Final[tuple[_groups.Cid11Code, ...]]
