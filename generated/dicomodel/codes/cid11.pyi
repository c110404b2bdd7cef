"""CID 11 Administration Route.

Extensible, version 20240611, UID 1.2.840.10008.6.1.9.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
IntravenousRoute: _Final[_Code]
IntraArterialRoute: _Final[_Code]
IntramuscularRoute: _Final[_Code]
SubcutaneousRoute: _Final[_Code]
IntracutaneousRoute: _Final[_Code]
IntraperitonealRoute: _Final[_Code]
IntramedullaryRoute: _Final[_Code]
IntrathecalRoute: _Final[_Code]
IntraArticularRoute: _Final[_Code]
IntraepithelialRoute: _Final[_Code]
TopicalRoute: _Final[_Code]
OralRoute: _Final[_Code]
TransluminalRoute: _Final[_Code]
IntraluminalRoute: _Final[_Code]
ExtraluminalRoute: _Final[_Code]
ByInhalation: _Final[_Code]
PerRectum: _Final[_Code]
VaginalRoute: _Final[_Code]
IntracoronaryRoute: _Final[_Code]
IntracardiacRoute: _Final[_Code]
IntraventricularRouteCardiac: _Final[_Code]
RetroOrbitalRoute: _Final[_Code]
NasalRoute: _Final[_Code]
IntratumorRoute: _Final[_Code]
IntracorpusCavernosumRoute: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
