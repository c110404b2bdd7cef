"""CID 9502 RT Segment Annotation Category.

Extensible, version 20191110, UID 1.2.840.10008.6.1.1212.
Includes CID 9503, CID 9580.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9502Code]]
