"""CID 3263 Electrode Placement Value.

Extensible, version 20080927, UID 1.2.840.10008.6.1.59.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Unspecified12LeadSystem: _Final[_groups.Cid3263Code]
Standard12LeadPositionsElectrodesPlacedIndividually: _Final[_groups.Cid3263Code]
MasonLikarLeadPositionsElectrodesPlacedIndividually: _Final[_groups.Cid3263Code]
MasonLikarLeadPositionsV1V6InElectrodePad: _Final[_groups.Cid3263Code]
V12LeadElectrodePad: _Final[_groups.Cid3263Code]
V12LeadDerivedFromFrankXYZLeads: _Final[_groups.Cid3263Code]
V12LeadDerivedFromNonStandardLeads: _Final[_groups.Cid3263Code]
V12LeadForBicycleExerciseTestingLimbLeadsOnBackOfPatient: _Final[_groups.Cid3263Code]
Standard12LeadPositionsOneIntercostalSpaceHigher: _Final[_groups.Cid3263Code]
UnspecifiedXYZLeadSystem: _Final[_groups.Cid3263Code]
FrankXYZLeadSystem: _Final[_groups.Cid3263Code]
McfeeParungaoXYZLeadSystem: _Final[_groups.Cid3263Code]
CubeXYZLeadSystem: _Final[_groups.Cid3263Code]
BipolarUncorrectedXYZLeadSystem: _Final[_groups.Cid3263Code]
PseudoOrthogonalXYZLeadSystem: _Final[_groups.Cid3263Code]
XYZLeadsDerivedFromStandard12Lead: _Final[_groups.Cid3263Code]
NEHBLeadSystem: _Final[_groups.Cid3263Code]
V3LeadSystemCC5CM5ML: _Final[_groups.Cid3263Code]
V3LeadSystemCC5CM5CH5: _Final[_groups.Cid3263Code]
V12LeadFromFrankLeadsXYZLeadsByDowerTransformation: _Final[_groups.Cid3263Code]
V12LeadFromEASILeadsESASAIByDowerEASITransformation: _Final[_groups.Cid3263Code]
V12LeadFromLimbLeadsIIIAndOneOrMoreVLeads: _Final[_groups.Cid3263Code]
Standard12LeadAndXYZ: _Final[_groups.Cid3263Code]
Standard12LeadAndNEHB: _Final[_groups.Cid3263Code]
Standard12LeadAndCC5CM5ML: _Final[_groups.Cid3263Code]
Standard12LeadAndCM5CC5CH5: _Final[_groups.Cid3263Code]
Standard12LeadWithExtraLeadsToTheRightAndOrLeftSides: _Final[_groups.Cid3263Code]
Standard12LeadExtendedToTheRightByV5RV4RV3R: _Final[_groups.Cid3263Code]
Standard12LeadExtendedToTheLeftByV7V8V9: _Final[_groups.Cid3263Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3263Code]]
