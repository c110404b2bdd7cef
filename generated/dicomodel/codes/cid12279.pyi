"""CID 12279 Cardiac Ultrasound Fetal General Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.859.
Includes CID 12004.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ThoracicCircumference: _Final[_groups.Cid12279Code]
ThoracicArea: _Final[_groups.Cid12279Code]
CardiacCircumferenceTransverseByUS: _Final[_groups.Cid12279Code]
CardiothoracicCircumferenceRatio: _Final[_groups.Cid12279Code]
CardiacCrossSectionalAreaTransverseByUS: _Final[_groups.Cid12279Code]
CardiothoracicAreaRatio: _Final[_groups.Cid12279Code]
BiparietalDiameter: _Final[_groups.Cid12279Code]
NuchalTranslucency: _Final[_groups.Cid12279Code]
FemurLength: _Final[_groups.Cid12279Code]
AbdominalCircumference: _Final[_groups.Cid12279Code]
AnteriorPosteriorAbdominalDiameter: _Final[_groups.Cid12279Code]
AnteriorPosteriorTrunkDiameter: _Final[_groups.Cid12279Code]
BPDAreaCorrected: _Final[_groups.Cid12279Code]
CisternaMagnaLength: _Final[_groups.Cid12279Code]
HeadCircumference: _Final[_groups.Cid12279Code]
OccipitalFrontalDiameter: _Final[_groups.Cid12279Code]
TransverseAbdominalDiameter: _Final[_groups.Cid12279Code]
TransverseCerebellarDiameter: _Final[_groups.Cid12279Code]
TransverseThoracicDiameter: _Final[_groups.Cid12279Code]
ForamenOvaleDiameterAorticRootDiameter: _Final[_groups.Cid12279Code]
LeftVentricleRightVentricleDiameterRatio: _Final[_groups.Cid12279Code]
NumberOfUmbilicalArteries: _Final[_groups.Cid12279Code]
HCAC: _Final[_groups.Cid12279Code]
FLAC: _Final[_groups.Cid12279Code]
FLBPD: _Final[_groups.Cid12279Code]
CephalicIndex: _Final[_groups.Cid12279Code]
FLHC: _Final[_groups.Cid12279Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12279Code]]
