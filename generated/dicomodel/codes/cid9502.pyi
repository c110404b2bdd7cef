"""CID 9502 RT Segment Annotation Category.

Extensible, version 20191110, UID 1.2.840.10008.6.1.1212.
Includes CID 9503, CID 9580.

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
RTTarget: _Final[_groups.Cid9502Code]
RTDoseCalculationStructure: _Final[_groups.Cid9502Code]
RTRegistrationMark: _Final[_groups.Cid9502Code]
RTGeometricInformation: _Final[_groups.Cid9502Code]
ExternalBodyModel: _Final[_groups.Cid9502Code]
PatientAttachedDoseControlObject: _Final[_groups.Cid9502Code]
FixationOrPositioningDevice: _Final[_groups.Cid9502Code]
BrachytherapyDevice: _Final[_groups.Cid9502Code]
NonSpecificVolume: _Final[_groups.Cid9502Code]
RadiotherapyDoseRegion: _Final[_groups.Cid9502Code]
RadiotherapyFiducial: _Final[_groups.Cid9502Code]
Tissue: _Final[_groups.Cid9502Code]
AnatomicalStructure: _Final[_groups.Cid9502Code]
PhysicalObject: _Final[_groups.Cid9502Code]
MorphologicallyAbnormalStructure: _Final[_groups.Cid9502Code]
Function: _Final[_groups.Cid9502Code]
SpatialAndRelationalConcept: _Final[_groups.Cid9502Code]
BodySubstance: _Final[_groups.Cid9502Code]
Substance: _Final[_groups.Cid9502Code]
MEMBERS: _Final[tuple[_groups.Cid9502Code, ...]]
