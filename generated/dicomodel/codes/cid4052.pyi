"""CID 4052 Phantom Device.

Extensible, version 20221224, UID 1.2.840.10008.6.1.315.

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
Phantom: _Final[_Code]
ACRAccreditationPhantomCT: _Final[_Code]
ACRAccreditationPhantomMR: _Final[_Code]
ACRAccreditationPhantomMammography: _Final[_Code]
ACRAccreditationPhantomStereotacticBreastBiopsy: _Final[_Code]
ACRAccreditationPhantomECT: _Final[_Code]
ACRAccreditationPhantomPET: _Final[_Code]
ACRAccreditationPhantomECTPET: _Final[_Code]
ACRAccreditationPhantomPETFaceplate: _Final[_Code]
IECHeadDosimetryPhantom: _Final[_Code]
IECBodyDosimetryPhantom: _Final[_Code]
NEMAXR212000Phantom: _Final[_Code]
_10cmDosimetryPhantom: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
