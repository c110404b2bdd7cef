"""CID 9580 RT Segmentation Property Category.

Extensible, version 20220402, UID 1.2.840.10008.6.1.1442.
Includes CID 7150.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9580Code]]
