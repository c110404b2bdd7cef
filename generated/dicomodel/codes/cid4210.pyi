"""CID 4210 Ophthalmic Tomography Acquisition Device.

Extensible, version 20131014, UID 1.2.840.10008.6.1.326.

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
OpticalCoherenceTomographyScanner: _Final[_groups.Cid4210Code]
RetinalThicknessAnalyzer: _Final[_groups.Cid4210Code]
ConfocalScanningLaserOphthalmoscope: _Final[_groups.Cid4210Code]
ScheimpflugCamera: _Final[_groups.Cid4210Code]
ScanningLaserPolarimeter: _Final[_groups.Cid4210Code]
ElevationBasedCornealTomographer: _Final[_groups.Cid4210Code]
ReflectionBasedCornealTopographer: _Final[_groups.Cid4210Code]
InterferometryBasedCornealTomographer: _Final[_groups.Cid4210Code]
MEMBERS: _Final[tuple[_groups.Cid4210Code, ...]]
