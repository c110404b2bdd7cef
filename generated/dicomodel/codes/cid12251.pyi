"""CID 12251 Cardiac Ultrasound Linear Valve Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.832.
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
DEExcursion: _Final[_groups.Cid12251Code]
LeafletSeparation: _Final[_groups.Cid12251Code]
LeafletThickness: _Final[_groups.Cid12251Code]
CEDistance: _Final[_groups.Cid12251Code]
Length: _Final[_groups.Cid12251Code]
Diameter: _Final[_groups.Cid12251Code]
MajorAxis: _Final[_groups.Cid12251Code]
MinorAxis: _Final[_groups.Cid12251Code]
Circumference: _Final[_groups.Cid12251Code]
Radius: _Final[_groups.Cid12251Code]
ROIThicknessByUS: _Final[_groups.Cid12251Code]
ROIInternalDimensionByUS: _Final[_groups.Cid12251Code]
MEMBERS: _Final[tuple[_groups.Cid12251Code, ...]]
