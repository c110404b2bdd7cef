"""CID 3403 Percutaneous Entry.

Extensible, version 20030327, UID 1.2.840.10008.6.1.68.
Includes CID 3746, CID 3747.

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
ViaFemoralArtery: _Final[_Code]
ViaRadialArtery: _Final[_Code]
ViaBrachialArtery: _Final[_Code]
ViaArtery: _Final[_Code]
ViaArmVein: _Final[_Code]
ViaFemoralVein: _Final[_Code]
ViaVein: _Final[_Code]
NoClosureDeviceUsedAtPercutaneousEntry: _Final[_Code]
PercutaneousEntryClosedBySuture: _Final[_Code]
PercutaneousEntryClosedBySealant: _Final[_Code]
PercutaneousEntryClosedByOtherMechanism: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
