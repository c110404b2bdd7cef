"""CID 12108 Upper Extremity Vein.

Extensible, version 20160314, UID 1.2.840.10008.6.1.575.

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
AxillaryVein: _Final[_Code]
BasilicVein: _Final[_Code]
BrachialVein: _Final[_Code]
CephalicVein: _Final[_Code]
InnominateVein: _Final[_Code]
InternalJugularVein: _Final[_Code]
MedianCubitalVein: _Final[_Code]
RadialVein: _Final[_Code]
SubclavianVein: _Final[_Code]
UlnarVein: _Final[_Code]
SuperiorVenaCava: _Final[_Code]
DeepPalmarVenousArch: _Final[_Code]
SuperficialPalmarVenousArch: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
