"""CID 4052 Phantom Device.

Extensible, version 20221224, UID 1.2.840.10008.6.1.315.

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
Phantom: _Final[_groups.Cid4052Code]
ACRAccreditationPhantomCT: _Final[_groups.Cid4052Code]
ACRAccreditationPhantomMR: _Final[_groups.Cid4052Code]
ACRAccreditationPhantomMammography: _Final[_groups.Cid4052Code]
ACRAccreditationPhantomStereotacticBreastBiopsy: _Final[_groups.Cid4052Code]
ACRAccreditationPhantomECT: _Final[_groups.Cid4052Code]
ACRAccreditationPhantomPET: _Final[_groups.Cid4052Code]
ACRAccreditationPhantomECTPET: _Final[_groups.Cid4052Code]
ACRAccreditationPhantomPETFaceplate: _Final[_groups.Cid4052Code]
IECHeadDosimetryPhantom: _Final[_groups.Cid4052Code]
IECBodyDosimetryPhantom: _Final[_groups.Cid4052Code]
NEMAXR212000Phantom: _Final[_groups.Cid4052Code]
_10cmDosimetryPhantom: _Final[_groups.Cid4052Code]
MEMBERS: _Final[tuple[_groups.Cid4052Code, ...]]
