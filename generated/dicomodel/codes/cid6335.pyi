"""CID 6335 mpMRI Assessment Value.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1392.
Includes CID 6336, CID 6339, CID 6341, CID 6343, CID 6345.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

FocalAbnormality: _Final[_groups.Cid6335Code]
Focal: _Final[_groups.Cid6335Code]
IndexLesion: _Final[_groups.Cid6335Code]
Lesion: _Final[_groups.Cid6335Code]
Mass: _Final[_groups.Cid6335Code]
Nodule: _Final[_groups.Cid6335Code]
NonFocalAbnormality: _Final[_groups.Cid6335Code]
Diffuse: _Final[_groups.Cid6335Code]
Multifocal: _Final[_groups.Cid6335Code]
Regional: _Final[_groups.Cid6335Code]
BenignProstateHyperplasia: _Final[_groups.Cid6335Code]
Hemorrhage: _Final[_groups.Cid6335Code]
Cyst: _Final[_groups.Cid6335Code]
PathologicCalcification: _Final[_groups.Cid6335Code]
Prostatitis: _Final[_groups.Cid6335Code]
Atrophy: _Final[_groups.Cid6335Code]
Fibrosis: _Final[_groups.Cid6335Code]
Round: _Final[_groups.Cid6335Code]
OvoidShape: _Final[_groups.Cid6335Code]
Lenticular: _Final[_groups.Cid6335Code]
Lobulated: _Final[_groups.Cid6335Code]
DropShaped: _Final[_groups.Cid6335Code]
WedgeShaped: _Final[_groups.Cid6335Code]
Linear: _Final[_groups.Cid6335Code]
Irregular: _Final[_groups.Cid6335Code]
CircumscribedLesion: _Final[_groups.Cid6335Code]
NonCircumscribedMargin: _Final[_groups.Cid6335Code]
IndistinctLesion: _Final[_groups.Cid6335Code]
ObscuredLesion: _Final[_groups.Cid6335Code]
SpiculatedLesion: _Final[_groups.Cid6335Code]
Encapsulated: _Final[_groups.Cid6335Code]
ErasedCharcoalSign: _Final[_groups.Cid6335Code]
PartiallyEncapsulated: _Final[_groups.Cid6335Code]
CompletelyEncapsulated: _Final[_groups.Cid6335Code]
Hyperintense: _Final[_groups.Cid6335Code]
T2Hyperintensity: _Final[_groups.Cid6335Code]
Isointense: _Final[_groups.Cid6335Code]
Hypointense: _Final[_groups.Cid6335Code]
MarkedlyHypointense: _Final[_groups.Cid6335Code]
T2Hypointensity: _Final[_groups.Cid6335Code]
RestrictedDiffusion: _Final[_groups.Cid6335Code]
DiffusionWeightedHypersensitivity: _Final[_groups.Cid6335Code]
ADCHyperintense: _Final[_groups.Cid6335Code]
ADCHypointense: _Final[_groups.Cid6335Code]
OrganizedChaos: _Final[_groups.Cid6335Code]
Heterogeneous: _Final[_groups.Cid6335Code]
Homogeneous: _Final[_groups.Cid6335Code]
EarlyPhaseWashIn: _Final[_groups.Cid6335Code]
DelayedPhase: _Final[_groups.Cid6335Code]
PersistentDelayedPhase: _Final[_groups.Cid6335Code]
PersistentDelayedPhaseType1Curve: _Final[_groups.Cid6335Code]
PlateauDelayedPhase: _Final[_groups.Cid6335Code]
PlateauDelayedPhaseType2Curve: _Final[_groups.Cid6335Code]
WashoutDelayedPhase: _Final[_groups.Cid6335Code]
WashoutDelayedPhaseType3Curve: _Final[_groups.Cid6335Code]
PositiveDCE: _Final[_groups.Cid6335Code]
NegativeDCE: _Final[_groups.Cid6335Code]
LateContrastEnhancement: _Final[_groups.Cid6335Code]
EarlyContrastEnhancement: _Final[_groups.Cid6335Code]
DiffuseContrastEnhancement: _Final[_groups.Cid6335Code]
FocalContrastEnhancement: _Final[_groups.Cid6335Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6335Code]]
