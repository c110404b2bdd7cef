"""CID 4210 Ophthalmic Tomography Acquisition Device.

Extensible, version 20131014, UID 1.2.840.10008.6.1.326.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

OpticalCoherenceTomographyScanner: _Final[_groups.Cid4210Code]
RetinalThicknessAnalyzer: _Final[_groups.Cid4210Code]
ConfocalScanningLaserOphthalmoscope: _Final[_groups.Cid4210Code]
ScheimpflugCamera: _Final[_groups.Cid4210Code]
ScanningLaserPolarimeter: _Final[_groups.Cid4210Code]
ElevationBasedCornealTomographer: _Final[_groups.Cid4210Code]
ReflectionBasedCornealTopographer: _Final[_groups.Cid4210Code]
InterferometryBasedCornealTomographer: _Final[_groups.Cid4210Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4210Code]]
