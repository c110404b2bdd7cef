"""CID 9580 RT Segmentation Property Category.

Extensible, version 20220402, UID 1.2.840.10008.6.1.1442.
Includes CID 7150.

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
RTTarget: _Final[_Code]
RTGeometricInformation: _Final[_Code]
ExternalBodyModel: _Final[_Code]
PatientAttachedDoseControlObject: _Final[_Code]
FixationOrPositioningDevice: _Final[_Code]
BrachytherapyDevice: _Final[_Code]
NonSpecificVolume: _Final[_Code]
RadiotherapyDoseRegion: _Final[_Code]
RadiotherapyFiducial: _Final[_Code]
Tissue: _Final[_Code]
AnatomicalStructure: _Final[_Code]
PhysicalObject: _Final[_Code]
MorphologicallyAbnormalStructure: _Final[_Code]
Function: _Final[_Code]
SpatialAndRelationalConcept: _Final[_Code]
BodySubstance: _Final[_Code]
Substance: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
