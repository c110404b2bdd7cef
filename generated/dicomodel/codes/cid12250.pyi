"""CID 12250 Cardiac Ultrasound Common Linear Measurement.

Extensible, version 20160314, UID 1.2.840.10008.6.1.831.

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
Length: _Final[_groups.Cid12250Code]
Diameter: _Final[_groups.Cid12250Code]
MajorAxis: _Final[_groups.Cid12250Code]
MinorAxis: _Final[_groups.Cid12250Code]
Circumference: _Final[_groups.Cid12250Code]
Radius: _Final[_groups.Cid12250Code]
ROIThicknessByUS: _Final[_groups.Cid12250Code]
ROIInternalDimensionByUS: _Final[_groups.Cid12250Code]
MEMBERS: _Final[tuple[_groups.Cid12250Code, ...]]
