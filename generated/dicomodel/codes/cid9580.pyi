"""CID 9580 RT Segmentation Property Category.

Extensible, version 20220402, UID 1.2.840.10008.6.1.1442.
Includes CID 7150.

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
RTTarget: _Final[_groups.Cid9580Code]
RTGeometricInformation: _Final[_groups.Cid9580Code]
ExternalBodyModel: _Final[_groups.Cid9580Code]
PatientAttachedDoseControlObject: _Final[_groups.Cid9580Code]
FixationOrPositioningDevice: _Final[_groups.Cid9580Code]
BrachytherapyDevice: _Final[_groups.Cid9580Code]
NonSpecificVolume: _Final[_groups.Cid9580Code]
RadiotherapyDoseRegion: _Final[_groups.Cid9580Code]
RadiotherapyFiducial: _Final[_groups.Cid9580Code]
Tissue: _Final[_groups.Cid9580Code]
AnatomicalStructure: _Final[_groups.Cid9580Code]
PhysicalObject: _Final[_groups.Cid9580Code]
MorphologicallyAbnormalStructure: _Final[_groups.Cid9580Code]
Function: _Final[_groups.Cid9580Code]
SpatialAndRelationalConcept: _Final[_groups.Cid9580Code]
BodySubstance: _Final[_groups.Cid9580Code]
Substance: _Final[_groups.Cid9580Code]
MEMBERS: _Final[tuple[_groups.Cid9580Code, ...]]
