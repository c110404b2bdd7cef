"""CID 12277 Cardiac Ultrasound Pericardium and Pleura Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.858.
Includes CID 12250.

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
Length: _Final[_groups.Cid12277Code]
Diameter: _Final[_groups.Cid12277Code]
MajorAxis: _Final[_groups.Cid12277Code]
MinorAxis: _Final[_groups.Cid12277Code]
Circumference: _Final[_groups.Cid12277Code]
Radius: _Final[_groups.Cid12277Code]
ROIThicknessByUS: _Final[_groups.Cid12277Code]
ROIInternalDimensionByUS: _Final[_groups.Cid12277Code]
MEMBERS: _Final[tuple[_groups.Cid12277Code, ...]]
