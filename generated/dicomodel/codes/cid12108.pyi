"""CID 12108 Upper Extremity Vein.

Extensible, version 20160314, UID 1.2.840.10008.6.1.575.

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
AxillaryVein: _Final[_groups.Cid12108Code]
BasilicVein: _Final[_groups.Cid12108Code]
BrachialVein: _Final[_groups.Cid12108Code]
CephalicVein: _Final[_groups.Cid12108Code]
InnominateVein: _Final[_groups.Cid12108Code]
InternalJugularVein: _Final[_groups.Cid12108Code]
MedianCubitalVein: _Final[_groups.Cid12108Code]
RadialVein: _Final[_groups.Cid12108Code]
SubclavianVein: _Final[_groups.Cid12108Code]
UlnarVein: _Final[_groups.Cid12108Code]
SuperiorVenaCava: _Final[_groups.Cid12108Code]
DeepPalmarVenousArch: _Final[_groups.Cid12108Code]
SuperficialPalmarVenousArch: _Final[_groups.Cid12108Code]
MEMBERS: _Final[tuple[_groups.Cid12108Code, ...]]
