"""CID 502 Volumetric View Modifier.

Extensible, version 20150915, UID 1.2.840.10008.6.1.1058.
Includes CID 6, CID 23, CID 4011.

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
Coronal: _Final[_Code]
Longitudinal: _Final[_Code]
Sagittal: _Final[_Code]
Parasagittal: _Final[_Code]
Oblique: _Final[_Code]
LongAxis: _Final[_Code]
OffAxis: _Final[_Code]
ShortAxis: _Final[_Code]
FiveChamber: _Final[_Code]
TwoChamber: _Final[_Code]
FourChamber: _Final[_Code]
Transverse: _Final[_Code]
Cephalic: _Final[_Code]
Caudal: _Final[_Code]
Cephalad: _Final[_Code]
Caudad: _Final[_Code]
Transthoracic: _Final[_Code]
Transforamenal: _Final[_Code]
Transoral: _Final[_Code]
Transorbital: _Final[_Code]
Crosstable: _Final[_Code]
MouthClosed: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
